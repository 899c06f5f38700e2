namespace TechSelfReliance.Graph.Values;

/// <summary>
/// A path: node values n0..nk and relationship values r1..rk where r_i connects n_(i-1) and n_i in either
/// direction. The values are node and relationship values (ids, with their content when detached).
/// </summary>
public sealed class PathValue
{
    public PathValue(Value[] nodes, Value[] relationships)
    {
        if (nodes.Length != relationships.Length + 1)
        {
            throw new ArgumentException("A path has exactly one more node than relationships.", nameof(nodes));
        }

        Nodes = nodes;
        Relationships = relationships;
    }

    public Value[] Nodes { get; }

    public Value[] Relationships { get; }

    public int Length => Relationships.Length;

    public override string ToString() => $"Path({string.Join(",", Nodes.Select(n => n.RawBits))} via {string.Join(",", Relationships.Select(r => r.RawBits))})";
}
