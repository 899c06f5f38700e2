using TechSelfReliance.Cypher.Execution;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Runtime;

/// <summary>
/// What one statement changed so far: its counters, and the content of the entities it deleted (so they can
/// still be returned, though no longer read). Made on the first change, so a read allocates none of it.
/// </summary>
internal sealed class StatementEffects
{
    private Dictionary<long, NodeData>? _deletedNodes;
    private Dictionary<long, RelationshipData>? _deletedRelationships;

    /// <summary>A field, so that writers add to it in place.</summary>
    public QueryCounters Counters;

    public Dictionary<long, NodeData> DeletedNodes => _deletedNodes ??= [];

    public Dictionary<long, RelationshipData> DeletedRelationships => _deletedRelationships ??= [];

    public bool HasDeletions => _deletedNodes is { Count: > 0 } || _deletedRelationships is { Count: > 0 };
}
