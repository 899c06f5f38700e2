using TechSelfReliance.Graph.Storage;

namespace TechSelfReliance.Graph.Access;

/// <summary>
/// Walks the relationships of one node in one direction, optionally restricted to some types, touching only
/// the adjacency lists of those types. A self-loop is reported once when both directions are asked for.
/// </summary>
public struct RelationshipCursor
{
    private readonly NodeAdjacency? _adjacency;
    private readonly int _node;
    private readonly Direction _direction;
    private readonly int[]? _types;
    private int _typeIndex;
    private int _groupIndex;
    private bool _inPhase;
    private int _position;

    internal RelationshipCursor(NodeAdjacency? adjacency, int node, Direction direction, int[]? types)
    {
        _adjacency = adjacency;
        _node = node;
        _direction = direction;
        _types = types;
        _typeIndex = -1;
        _groupIndex = -1;
        _inPhase = false;
        _position = 0;
        Relationship = -1;
        Other = -1;
        Type = -1;
        IsOutgoing = false;
    }

    public int Relationship { get; private set; }

    public int Other { get; private set; }

    public int Type { get; private set; }

    /// <summary>True when the current relationship starts at the cursor's node.</summary>
    public bool IsOutgoing { get; private set; }

    public bool MoveNext()
    {
        if (_adjacency is null)
        {
            return false;
        }

        while (true)
        {
            if (_groupIndex < 0 && !AdvanceGroup())
            {
                return false;
            }

            ref readonly var group = ref _adjacency.Group(_groupIndex);
            if (!_inPhase)
            {
                if (_direction != Direction.Incoming && _position < group.OutCount)
                {
                    Relationship = group.Out[_position * 2];
                    Other = group.Out[(_position * 2) + 1];
                    Type = group.Type;
                    IsOutgoing = true;
                    _position++;
                    return true;
                }

                _inPhase = true;
                _position = 0;
            }

            if (_direction != Direction.Outgoing)
            {
                while (_position < group.InCount)
                {
                    var relationship = group.In[_position * 2];
                    var other = group.In[(_position * 2) + 1];
                    _position++;
                    if (_direction == Direction.Both && other == _node)
                    {
                        continue;
                    }

                    Relationship = relationship;
                    Other = other;
                    Type = group.Type;
                    IsOutgoing = false;
                    return true;
                }
            }

            _groupIndex = -1;
        }
    }

    private bool AdvanceGroup()
    {
        if (_types is null)
        {
            _typeIndex++;
            if (_typeIndex >= _adjacency!.GroupCount)
            {
                return false;
            }

            _groupIndex = _typeIndex;
        }
        else
        {
            while (true)
            {
                _typeIndex++;
                if (_typeIndex >= _types.Length)
                {
                    return false;
                }

                var group = _adjacency!.FindGroup(_types[_typeIndex]);
                if (group >= 0)
                {
                    _groupIndex = group;
                    break;
                }
            }
        }

        _inPhase = false;
        _position = 0;
        return true;
    }
}
