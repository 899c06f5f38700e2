namespace TechSelfReliance.Graph.Storage;

/// <summary>
/// The relationships of one node with one type while a writer changes them: per direction, the relationship
/// ids and the ids of the nodes at their other ends, in two parallel arrays.
/// </summary>
internal struct AdjacencyGroup
{
    public int Type;
    public EdgeList Out;
    public EdgeList In;

    public AdjacencyGroup(int type)
    {
        Type = type;
        Out = EdgeList.Empty;
        In = EdgeList.Empty;
    }

    public readonly AdjacencyGroup DeepCopy() => new() { Type = Type, Out = Out.Copy(), In = In.Copy() };
}
