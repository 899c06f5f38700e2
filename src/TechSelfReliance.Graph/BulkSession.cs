using TechSelfReliance.Graph.Transactions;

namespace TechSelfReliance.Graph;

/// <summary>
/// The inside of <see cref="GraphStore.BulkLoad"/>: hands out unlogged write transactions, one batch at a time,
/// while the load holds the writer slot. Not thread-safe: one batch open at a time.
/// </summary>
public sealed class BulkSession
{
    private readonly GraphStore _store;

    internal BulkSession(GraphStore store) => _store = store;

    /// <summary>A transaction for the next batch; commit it (or roll it back) before beginning another.</summary>
    public WriteTransaction BeginBatch() => _store.BeginBulkBatch();
}
