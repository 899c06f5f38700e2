namespace TechSelfReliance.Graph;

/// <summary>A summary of an open store for health checks and operators.</summary>
public sealed record GraphStoreStatus(
    string StoreId,
    bool InMemory,
    string? DataDirectory,
    long NodeCount,
    long RelationshipCount,
    long LastTransactionId,
    long LogBytes,
    bool AcceptingWrites,
    string? Failure);
