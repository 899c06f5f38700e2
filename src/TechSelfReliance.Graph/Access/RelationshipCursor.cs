using TechSelfReliance.Graph.Storage;

namespace TechSelfReliance.Graph.Access;

/// <summary>
/// Walks the relationships of one node in one direction, optionally restricted to some types, touching only
/// the adjacency lists of those types. A self-loop is reported once when both directions are asked for.
/// </summary>
public struct RelationshipCursor
{
    private readonly object? _adjacency;
    private readonly int _node;
    private readonly Direction _direction;
    private readonly int[]? _types;
    private int _typeIndex;
    private int[] _outRelationships;
    private int[] _outOthers;
    private int _outPosition;
    private int _outEnd;
    private int _outShift;
    private int[] _inRelationships;
    private int[] _inOthers;
    private int _inPosition;
    private int _inEnd;
    private int _inShift;
    private int _groupType;

    internal RelationshipCursor(object? adjacency, int node, Direction direction, int[]? types)
    {
        _adjacency = adjacency;
        _node = node;
        _direction = direction;
        _types = types;
        _typeIndex = -1;
        _outRelationships = _outOthers = _inRelationships = _inOthers = [];
        _outShift = _inShift = 0;
        _outPosition = _outEnd = _inPosition = _inEnd = 0;
        _groupType = -1;
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
        while (true)
        {
            if (_outPosition < _outEnd)
            {
                Relationship = _outRelationships[_outPosition];
                Other = _outOthers[_outPosition + _outShift];
                _outPosition++;
                Type = _groupType;
                IsOutgoing = true;
                return true;
            }

            while (_inPosition < _inEnd)
            {
                var relationship = _inRelationships[_inPosition];
                var other = _inOthers[_inPosition + _inShift];
                _inPosition++;
                if (_direction == Direction.Both && other == _node)
                {
                    continue;
                }

                Relationship = relationship;
                Other = other;
                Type = _groupType;
                IsOutgoing = false;
                return true;
            }

            if (!AdvanceGroup())
            {
                return false;
            }
        }
    }

    private bool AdvanceGroup()
    {
        var view = new AdjacencyView(_adjacency);
        int group;
        if (_types is null)
        {
            _typeIndex++;
            if (_typeIndex >= view.GroupCount)
            {
                return false;
            }

            group = _typeIndex;
        }
        else
        {
            do
            {
                _typeIndex++;
                if (_typeIndex >= _types.Length)
                {
                    return false;
                }

                group = view.FindGroup(_types[_typeIndex]);
            }
            while (group < 0);
        }

        _groupType = view.GroupType(group);
        if (_direction != Direction.Incoming)
        {
            (_outRelationships, _outOthers, _outPosition, _outEnd, _outShift) = Segment(_adjacency, group, outgoing: true);
        }

        if (_direction != Direction.Outgoing)
        {
            (_inRelationships, _inOthers, _inPosition, _inEnd, _inShift) = Segment(_adjacency, group, outgoing: false);
        }

        return true;
    }

    /// <summary>The arrays of one group and direction: positions [start, end) in the relationship array, plus the shift to the same entry in the others array.</summary>
    private static (int[] Relationships, int[] Others, int Start, int End, int Shift) Segment(object? adjacency, int group, bool outgoing)
    {
        if (adjacency is int[] packed)
        {
            var offset = outgoing ? PackedAdjacency.OutOffset(packed, group) : PackedAdjacency.InOffset(packed, group);
            var count = outgoing ? PackedAdjacency.OutCount(packed, group) : PackedAdjacency.InCount(packed, group);
            var relationships = outgoing ? PackedAdjacency.OutRelationshipsStart(packed) : PackedAdjacency.InRelationshipsStart(packed);
            var others = outgoing ? PackedAdjacency.OutOthersStart(packed) : PackedAdjacency.InOthersStart(packed);
            return (packed, packed, relationships + offset, relationships + offset + count, others - relationships);
        }

        ref readonly var g = ref ((NodeAdjacency)adjacency!).Group(group);
        var list = outgoing ? g.Out : g.In;
        return (list.Relationships, list.Others, 0, list.Count, 0);
    }
}
