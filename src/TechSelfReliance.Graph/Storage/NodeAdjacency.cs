namespace TechSelfReliance.Graph.Storage;

/// <summary>
/// All relationships of one node, grouped by type (sorted) and direction, so that following one type costs
/// the degree of that type only. Copy-on-write per <see cref="TransientOwner"/>.
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

    public ref readonly AdjacencyGroup Group(int index) => ref _groups[index];

    public int TotalDegree
    {
        get
        {
            var total = 0;
            for (var i = 0; i < _count; i++)
            {
                total += _groups[i].OutCount + _groups[i].InCount;
            }

            return total;
        }
    }

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

        var groups = new AdjacencyGroup[Math.Max(_count, 1)];
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
            Append(ref group.Out, ref group.OutCount, relationship, other);
        }
        else
        {
            Append(ref group.In, ref group.InCount, relationship, other);
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
            RemovePair(group.Out, ref group.OutCount, relationship);
        }
        else
        {
            RemovePair(group.In, ref group.InCount, relationship);
        }

        if (group.OutCount == 0 && group.InCount == 0)
        {
            Array.Copy(_groups, index + 1, _groups, index, _count - index - 1);
            _count--;
            _groups[_count] = default;
        }
    }

    private static void Append(ref int[] pairs, ref int count, int relationship, int other)
    {
        if ((count * 2) + 2 > pairs.Length)
        {
            Array.Resize(ref pairs, Math.Max(4, pairs.Length * 2));
        }

        pairs[count * 2] = relationship;
        pairs[(count * 2) + 1] = other;
        count++;
    }

    private static void RemovePair(int[] pairs, ref int count, int relationship)
    {
        for (var i = 0; i < count; i++)
        {
            if (pairs[i * 2] == relationship)
            {
                Array.Copy(pairs, (i + 1) * 2, pairs, i * 2, (count - i - 1) * 2);
                count--;
                return;
            }
        }
    }
}
