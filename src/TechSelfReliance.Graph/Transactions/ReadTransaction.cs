using TechSelfReliance.Graph.Access;
using TechSelfReliance.Graph.Storage;

namespace TechSelfReliance.Graph.Transactions;

/// <summary>
/// A read-only view of the version that was current when it began. It never blocks writers and never sees
/// their later commits. Thread-safe: the version it reads is immutable.
/// </summary>
public sealed class ReadTransaction : GraphView, IDisposable
{
    internal ReadTransaction(GraphStore store, GraphState state)
        : base(store, state)
    {
    }

    public void Dispose()
    {
        // Nothing to release: the version stays alive while anyone holds it and is collected afterwards.
    }
}
