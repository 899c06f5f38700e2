using TechSelfReliance.Cypher.Execution;
using TechSelfReliance.Cypher.Runtime;
using TechSelfReliance.Graph;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Backend.Embedded;

/// <summary>
/// The default backend: the embedded store and Cypher engine in this process. Thread-safe: reads run
/// concurrently on snapshots; writes are serialized by the store.
/// </summary>
public sealed class EmbeddedBackend : IGraphBackend
{
    private readonly bool _ownsStore;

    public EmbeddedBackend(GraphStore store, QueryLimits? limits = null, bool ownsStore = true)
    {
        Store = store;
        Engine = new CypherEngine(store);
        Limits = limits ?? QueryLimits.Default;
        _ownsStore = ownsStore;
    }

    public string Name => "embedded";

    public GraphStore Store { get; }

    public CypherEngine Engine { get; }

    public QueryLimits Limits { get; }

    public Task<QueryResult> RunAsync(string statement, IReadOnlyDictionary<string, Value>? parameters = null, QueryAccess access = QueryAccess.Read, CancellationToken cancellationToken = default) =>
        Task.FromResult(Engine.Execute(statement, parameters, Options(access), cancellationToken));

    public Task<QueryResult> ReadAllAsync(string statement, CancellationToken cancellationToken = default) =>
        Task.FromResult(Engine.Execute(statement, null, new ExecutionOptions { ReadOnly = true, Limits = Unbounded }, cancellationToken));

    private static QueryLimits Unbounded { get; } = new() { Timeout = TimeSpan.FromMinutes(10), MaxBufferedRows = long.MaxValue, MaxResultRows = long.MaxValue };

    public Task<IGraphTransaction> BeginTransactionAsync(QueryAccess access = QueryAccess.Write, CancellationToken cancellationToken = default) =>
        Task.FromResult<IGraphTransaction>(access == QueryAccess.Write
            ? new EmbeddedWriteTransaction(Engine, Store.BeginWrite(Limits.Timeout, cancellationToken), Options(access))
            : new EmbeddedReadTransaction(Engine, Store.BeginRead(), Options(access)));

    public Task<BackendHealth> CheckHealthAsync(CancellationToken cancellationToken = default)
    {
        var status = Store.Status;
        var data = new Dictionary<string, object>
        {
            ["nodes"] = status.NodeCount,
            ["relationships"] = status.RelationshipCount,
            ["lastTransaction"] = status.LastTransactionId,
            ["inMemory"] = status.InMemory,
            ["acceptingWrites"] = status.AcceptingWrites,
        };
        return Task.FromResult(new BackendHealth(true, Name,
            status.AcceptingWrites ? "Embedded store open." : $"Embedded store open, read-only after an I/O failure: {status.Failure}", data));
    }

    /// <summary>The id of the last committed transaction: exact.</summary>
    public Task<string> GetDataVersionAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(Store.Status.LastTransactionId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public ValueTask DisposeAsync()
    {
        if (_ownsStore)
        {
            Store.Dispose();
        }

        return ValueTask.CompletedTask;
    }

    private ExecutionOptions Options(QueryAccess access) => new() { ReadOnly = access == QueryAccess.Read, Limits = Limits };
}
