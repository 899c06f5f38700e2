using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Graph.Tests.Model;

/// <summary>The reference the store is checked against: plain dictionaries, no cleverness.</summary>
internal sealed class GraphModel
{
    public Dictionary<long, ModelNode> Nodes { get; private set; } = [];

    public Dictionary<long, ModelRelationship> Relationships { get; private set; } = [];

    public HashSet<(int Label, int Key)> Indexes { get; private set; } = [];

    public GraphModel Clone() => new()
    {
        Nodes = Nodes.ToDictionary(e => e.Key, e => e.Value.Clone()),
        Relationships = Relationships.ToDictionary(e => e.Key, e => e.Value.Clone()),
        Indexes = [.. Indexes],
    };

    public int Degree(long node) => Relationships.Values.Count(r => r.Start == node || r.End == node);
}

internal sealed class ModelNode
{
    public HashSet<int> Labels { get; init; } = [];

    public Dictionary<int, Value> Properties { get; init; } = [];

    public ModelNode Clone() => new() { Labels = [.. Labels], Properties = new Dictionary<int, Value>(Properties) };
}

internal sealed class ModelRelationship
{
    public int Type { get; init; }

    public long Start { get; init; }

    public long End { get; init; }

    public Dictionary<int, Value> Properties { get; init; } = [];

    public ModelRelationship Clone() => new() { Type = Type, Start = Start, End = End, Properties = new Dictionary<int, Value>(Properties) };
}
