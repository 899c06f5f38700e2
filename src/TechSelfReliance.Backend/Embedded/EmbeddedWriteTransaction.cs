using TechSelfReliance.Cypher.Execution;
using TechSelfReliance.Graph.Transactions;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Backend.Embedded;

/// <summary>An explicit write transaction on the embedded store. It holds the store's single writer slot until it ends.</summary>
internal sealed class EmbeddedWriteTransaction(CypherEngine engine, WriteTransaction transaction, ExecutionOptions options) : IGraphTransaction
{
    public Task<QueryResult> RunAsync(string statement, IReadOnlyDictionary<string, Value>? parameters = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(engine.Execute(transaction, statement, parameters, options, cancellationToken));

    public Task CommitAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            transaction.Commit();
        }
        catch (Graph.GraphStoreException error)
        {
            throw CypherEngine.TranslateStoreError(error);
        }

        return Task.CompletedTask;
    }

    public Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        transaction.Rollback();
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        transaction.Dispose();
        return ValueTask.CompletedTask;
    }
}
