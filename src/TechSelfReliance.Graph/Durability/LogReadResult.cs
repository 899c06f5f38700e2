namespace TechSelfReliance.Graph.Durability;

/// <summary>The complete records of a log, and where the valid part ends (a torn tail is cut there).</summary>
internal sealed record LogReadResult(Guid StoreId, IReadOnlyList<LogRecord> Records, long ValidLength, bool TornTail);
