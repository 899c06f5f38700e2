namespace TechSelfReliance.Graph.Storage;

/// <summary>The fixed part of a relationship: its type and endpoints. The default value means "no relationship".</summary>
public readonly struct RelationshipRecord
{
    private readonly int _typePlusOne;

    public RelationshipRecord(int type, int start, int end)
    {
        _typePlusOne = type + 1;
        Start = start;
        End = end;
    }

    public bool Exists => _typePlusOne != 0;

    public int Type => _typePlusOne - 1;

    public int Start { get; }

    public int End { get; }

    public int Other(int node) => node == Start ? End : Start;
}
