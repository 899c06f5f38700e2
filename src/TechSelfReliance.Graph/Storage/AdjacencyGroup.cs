namespace TechSelfReliance.Graph.Storage;

/// <summary>
/// The relationships of one node with one type, split by direction. Each list holds pairs
/// (relationship id, other node id) back to back, so a scan touches one array.
/// </summary>
internal struct AdjacencyGroup
{
    public int Type;
    public int[] Out;
    public int OutCount;
    public int[] In;
    public int InCount;

    public AdjacencyGroup(int type)
    {
        Type = type;
        Out = Array.Empty<int>();
        In = Array.Empty<int>();
    }

    public readonly AdjacencyGroup DeepCopy() => new()
    {
        Type = Type,
        Out = Out.AsSpan(0, OutCount * 2).ToArray(),
        OutCount = OutCount,
        In = In.AsSpan(0, InCount * 2).ToArray(),
        InCount = InCount,
    };
}
