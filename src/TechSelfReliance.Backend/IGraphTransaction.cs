using TechSelfReliance.Cypher.Execution;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Backend;

/// <summary>An explicit transaction: statements see each other's writes; nothing is visible to others until commit.</summary>
public interface IGraphTransaction : IAsyncDisposable
{
    Task<QueryResult> RunAsync(string statement, IReadOnlyDictionary<string, Value>? parameters = null, CancellationToken cancellationToken = default);

    Task CommitAsync(CancellationToken cancellationToken = default);

    Task RollbackAsync(CancellationToken cancellationToken = default);
}
