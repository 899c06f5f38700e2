using TechSelfReliance.Cypher.Execution;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Backend;

/// <summary>
/// Cypher in, typed rows out: the one contract everything above the database uses (API, analytics, seed
/// loading), so they behave the same on the embedded engine and on Neo4j. Failures are
/// <see cref="Cypher.Errors.CypherException"/>s with the TCK class and Neo4j status code.
/// Thread-safety: implementations are safe for concurrent use.
/// </summary>
public interface IGraphBackend : IAsyncDisposable
{
    /// <summary>"embedded" or "neo4j".</summary>
    string Name { get; }

    /// <summary>Runs one statement in its own transaction.</summary>
    Task<QueryResult> RunAsync(string statement, IReadOnlyDictionary<string, Value>? parameters = null, QueryAccess access = QueryAccess.Read, CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs a read statement for the service itself rather than for a caller — reading the whole graph into an
    /// analytics projection — without the per-query row budget that protects the service from callers.
    /// </summary>
    Task<QueryResult> ReadAllAsync(string statement, CancellationToken cancellationToken = default);

    /// <summary>Starts an explicit transaction for several statements.</summary>
    Task<IGraphTransaction> BeginTransactionAsync(QueryAccess access = QueryAccess.Write, CancellationToken cancellationToken = default);

    Task<BackendHealth> CheckHealthAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// A token that differs whenever committed data may have changed, so caches of derived data (analytics
    /// projections) know when to rebuild. Exact on the embedded engine; see each backend for its guarantee.
    /// </summary>
    Task<string> GetDataVersionAsync(CancellationToken cancellationToken = default);
}
