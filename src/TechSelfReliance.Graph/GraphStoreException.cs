namespace TechSelfReliance.Graph;

/// <summary>What went wrong with a store operation, for callers that map failures to their own error classes.</summary>
public enum GraphErrorKind
{
    EntityNotFound,
    DeletedEntity,
    NodeHasRelationships,
    InvalidPropertyValue,
    ConstraintViolation,
    SchemaConflict,
    TransactionClosed,
    ReadOnlyTransaction,
    StoreUnavailable,
    IoFailure,
    Timeout,
}

/// <summary>A request the store refused. The store is unchanged by the refused operation.</summary>
public sealed class GraphStoreException : Exception
{
    public GraphStoreException(GraphErrorKind kind, string message, Exception? inner = null)
        : base(message, inner) => Kind = kind;

    public GraphStoreException()
    {
    }

    public GraphStoreException(string message)
        : base(message)
    {
    }

    public GraphStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public GraphErrorKind Kind { get; }
}
