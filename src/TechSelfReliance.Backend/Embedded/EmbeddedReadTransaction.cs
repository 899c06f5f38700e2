using TechSelfReliance.Cypher.Execution;
using TechSelfReliance.Graph.Transactions;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Backend.Embedded;

/// <summary>An explicit read transaction: every statement reads the same snapshot.</summary>
internal sealed class EmbeddedReadTransaction(CypherEngine engine, ReadTransaction transaction, ExecutionOptions options) : IGraphTransaction
{
    public Task<QueryResult> RunAsync(string statement, IReadOnlyDictionary<string, Value>? parameters = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(engine.Execute(transaction, statement, parameters, options, cancellationToken));

    public Task CommitAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task RollbackAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public ValueTask DisposeAsync()
    {
        transaction.Dispose();
        return ValueTask.CompletedTask;
    }
}
