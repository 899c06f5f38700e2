namespace TechSelfReliance.Graph.Durability;

/// <summary>One committed transaction as read back from the log: its id and its operations.</summary>
internal readonly record struct LogRecord(long TransactionId, ReadOnlyMemory<byte> Operations, long EndOffset);
