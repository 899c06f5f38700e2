namespace TechSelfReliance.Graph.Storage;

/// <summary>
/// A node's relationships while a writer changes them, grouped by type (sorted) and direction. Published
/// versions hold the <see cref="PackedAdjacency"/> form instead. Copy-on-write per <see cref="TransientOwner"/>.
/// </summary>
internal sealed class NodeAdjacency
{
    private AdjacencyGroup[] _groups;
    private int _count;

    private NodeAdjacency(AdjacencyGroup[] groups, int count, TransientOwner? owner)
    {
        _groups = groups;
        _count = count;
        Owner = owner;
    }

    public TransientOwner? Owner { get; }

    public int GroupCount => _count;

    public static NodeAdjacency CreateEmpty(TransientOwner owner) => new(new AdjacencyGroup[2], 0, owner);

    public static NodeAdjacency FromPacked(int[] packed, TransientOwner owner)
    {
        var count = PackedAdjacency.GroupCount(packed);
        var groups = new AdjacencyGroup[Math.Max(2, count)];
        var outRelationships = PackedAdjacency.OutRelationshipsStart(packed);
        var outOthers = PackedAdjacency.OutOthersStart(packed);
        var inRelationships = PackedAdjacency.InRelationshipsStart(packed);
        var inOthers = PackedAdjacency.InOthersStart(packed);
        for (var g = 0; g < count; g++)
        {
            int outOffset = PackedAdjacency.OutOffset(packed, g), outCount = PackedAdjacency.OutCount(packed, g);
            int inOffset = PackedAdjacency.InOffset(packed, g), inCount = PackedAdjacency.InCount(packed, g);
            groups[g] = new AdjacencyGroup
            {
                Type = PackedAdjacency.Type(packed, g),
                Out = EdgeList.From(packed.AsSpan(outRelationships + outOffset, outCount), packed.AsSpan(outOthers + outOffset, outCount)),
                In = EdgeList.From(packed.AsSpan(inRelationships + inOffset, inCount), packed.AsSpan(inOthers + inOffset, inCount)),
            };
        }

        return new NodeAdjacency(groups, count, owner);
    }

    public ref readonly AdjacencyGroup Group(int index) => ref _groups[index];

    /// <summary>The compact published form, or null when the node has no relationships left.</summary>
    public int[]? Pack() => PackedAdjacency.Pack(_groups.AsSpan(0, _count));

    public int FindGroup(int type)
    {
        int low = 0, high = _count - 1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            var midType = _groups[mid].Type;
            if (midType == type)
            {
                return mid;
            }

            if (midType < type)
            {
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return ~low;
    }

    public NodeAdjacency Mutable(TransientOwner owner)
    {
        if (ReferenceEquals(Owner, owner))
        {
            return this;
        }

        var groups = new AdjacencyGroup[Math.Max(_count, 2)];
        for (var i = 0; i < _count; i++)
        {
            groups[i] = _groups[i].DeepCopy();
        }

        return new NodeAdjacency(groups, _count, owner);
    }

    public void Add(int type, bool outgoing, int relationship, int other)
    {
        var index = FindGroup(type);
        if (index < 0)
        {
            index = ~index;
            if (_count == _groups.Length)
            {
                Array.Resize(ref _groups, Math.Max(2, _groups.Length * 2));
            }

            Array.Copy(_groups, index, _groups, index + 1, _count - index);
            _groups[index] = new AdjacencyGroup(type);
            _count++;
        }

        ref var group = ref _groups[index];
        if (outgoing)
        {
            group.Out.Add(relationship, other);
        }
        else
        {
            group.In.Add(relationship, other);
        }
    }

    public void Remove(int type, bool outgoing, int relationship)
    {
        var index = FindGroup(type);
        if (index < 0)
        {
            return;
        }

        ref var group = ref _groups[index];
        if (outgoing)
        {
            group.Out.Remove(relationship);
        }
        else
        {
            group.In.Remove(relationship);
        }

        if (group.Out.Count == 0 && group.In.Count == 0)
        {
            Array.Copy(_groups, index + 1, _groups, index, _count - index - 1);
            _count--;
            _groups[_count] = default;
        }
    }
}
