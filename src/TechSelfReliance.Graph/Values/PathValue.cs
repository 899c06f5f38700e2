namespace TechSelfReliance.Graph.Values;

/// <summary>
/// A path: nodes n0..nk and relationships r1..rk where r_i connects n_(i-1) and n_i in either direction.
/// </summary>
public sealed class PathValue
{
    public PathValue(long[] nodes, long[] relationships)
    {
        if (nodes.Length != relationships.Length + 1)
        {
            throw new ArgumentException("A path has exactly one more node than relationships.", nameof(nodes));
        }

        Nodes = nodes;
        Relationships = relationships;
    }

    public long[] Nodes { get; }

    public long[] Relationships { get; }

    public int Length => Relationships.Length;

    public override string ToString() => $"Path({string.Join(",", Nodes)} via {string.Join(",", Relationships)})";
}
