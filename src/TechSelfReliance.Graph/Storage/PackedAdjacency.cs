namespace TechSelfReliance.Graph.Storage;

/// <summary>
/// The published form of a node's adjacency: one <c>int[]</c>, so a traversal costs one or two cache misses
/// per node. Layout: [group count G, total outgoing O, total incoming I], then per group (sorted by type)
/// [type, outgoing offset, outgoing count, incoming offset, incoming count], then four regions — outgoing
/// relationship ids (O), outgoing other-node ids (O), incoming relationship ids (I), incoming other-node
/// ids (I) — each ordered by group, so all outgoing neighbours of every type form one contiguous span.
/// A writer unpacks a node into a <see cref="NodeAdjacency"/> to change it and packs it again on publish.
/// </summary>
internal static class PackedAdjacency
{
    public const int HeaderWidth = 5;
    private const int Preamble = 3;

    public static int GroupCount(int[] packed) => packed[0];

    public static int TotalOut(int[] packed) => packed[1];

    public static int TotalIn(int[] packed) => packed[2];

    public static int Type(int[] packed, int group) => packed[Preamble + (group * HeaderWidth)];

    public static int OutOffset(int[] packed, int group) => packed[Preamble + 1 + (group * HeaderWidth)];

    public static int OutCount(int[] packed, int group) => packed[Preamble + 2 + (group * HeaderWidth)];

    public static int InOffset(int[] packed, int group) => packed[Preamble + 3 + (group * HeaderWidth)];

    public static int InCount(int[] packed, int group) => packed[Preamble + 4 + (group * HeaderWidth)];

    public static int OutRelationshipsStart(int[] packed) => Preamble + (packed[0] * HeaderWidth);

    public static int OutOthersStart(int[] packed) => OutRelationshipsStart(packed) + packed[1];

    public static int InRelationshipsStart(int[] packed) => OutOthersStart(packed) + packed[1];

    public static int InOthersStart(int[] packed) => InRelationshipsStart(packed) + packed[2];

    public static int FindGroup(int[] packed, int type)
    {
        int low = 0, high = packed[0] - 1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            var midType = packed[Preamble + (mid * HeaderWidth)];
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

        return -1;
    }

    public static int[]? Pack(ReadOnlySpan<AdjacencyGroup> groups)
    {
        if (groups.Length == 0)
        {
            return null;
        }

        int totalOut = 0, totalIn = 0;
        foreach (var group in groups)
        {
            totalOut += group.Out.Count;
            totalIn += group.In.Count;
        }

        var packed = Allocate(groups.Length, totalOut, totalIn);
        var cursor = new GroupCursor(packed);
        for (var g = 0; g < groups.Length; g++)
        {
            ref readonly var group = ref groups[g];
            cursor.Append(group.Out.Relationships.AsSpan(0, group.Out.Count), group.Out.Others.AsSpan(0, group.Out.Count),
                group.In.Relationships.AsSpan(0, group.In.Count), group.In.Others.AsSpan(0, group.In.Count));
            cursor.EndGroup(group.Type);
        }

        return packed;
    }

    /// <summary>
    /// A node's published adjacency with new relationships added after the ones it had, in one allocation.
    /// The new relationships of each direction come ordered by type.
    /// </summary>
    public static int[] Merge(int[]? existing, NewEdges outgoing, NewEdges incoming)
    {
        var groupCount = 0;
        var walk = new GroupWalk(existing, outgoing, incoming);
        while (walk.Next(out _, out _, out _, out _, out _))
        {
            groupCount++;
        }

        var packed = Allocate(groupCount,
            (existing is null ? 0 : existing[1]) + outgoing.Types.Length,
            (existing is null ? 0 : existing[2]) + incoming.Types.Length);
        var cursor = new GroupCursor(packed);
        walk = new GroupWalk(existing, outgoing, incoming);
        while (walk.Next(out var type, out var oldGroup, out var newOut, out var newIn, out var newStart))
        {
            if (oldGroup >= 0)
            {
                int oldOut = OutCount(existing!, oldGroup), oldIn = InCount(existing!, oldGroup);
                cursor.Append(
                    existing.AsSpan(OutRelationshipsStart(existing!) + OutOffset(existing!, oldGroup), oldOut),
                    existing.AsSpan(OutOthersStart(existing!) + OutOffset(existing!, oldGroup), oldOut),
                    existing.AsSpan(InRelationshipsStart(existing!) + InOffset(existing!, oldGroup), oldIn),
                    existing.AsSpan(InOthersStart(existing!) + InOffset(existing!, oldGroup), oldIn));
            }

            cursor.Append(outgoing.Relationships.Slice(newStart.Out, newOut), outgoing.Others.Slice(newStart.Out, newOut),
                incoming.Relationships.Slice(newStart.In, newIn), incoming.Others.Slice(newStart.In, newIn));
            cursor.EndGroup(type);
        }

        return packed;
    }

    /// <summary>An empty packed adjacency of the given shape, its preamble written.</summary>
    private static int[] Allocate(int groupCount, int totalOut, int totalIn)
    {
        var packed = new int[Preamble + (groupCount * HeaderWidth) + (2 * totalOut) + (2 * totalIn)];
        packed[0] = groupCount;
        packed[1] = totalOut;
        packed[2] = totalIn;
        return packed;
    }

    /// <summary>Fills an allocated adjacency group by group, in type order: relationships appended, then the group's header.</summary>
    private ref struct GroupCursor(int[] packed)
    {
        private readonly int _outRelationships = OutRelationshipsStart(packed);
        private readonly int _outOthers = OutOthersStart(packed);
        private readonly int _inRelationships = InRelationshipsStart(packed);
        private readonly int _inOthers = InOthersStart(packed);
        private int _group;
        private int _outOffset;
        private int _inOffset;
        private int _groupOut;
        private int _groupIn;

        public void Append(ReadOnlySpan<int> outRelationships, ReadOnlySpan<int> outOthers, ReadOnlySpan<int> inRelationships, ReadOnlySpan<int> inOthers)
        {
            outRelationships.CopyTo(packed.AsSpan(_outRelationships + _outOffset + _groupOut));
            outOthers.CopyTo(packed.AsSpan(_outOthers + _outOffset + _groupOut));
            inRelationships.CopyTo(packed.AsSpan(_inRelationships + _inOffset + _groupIn));
            inOthers.CopyTo(packed.AsSpan(_inOthers + _inOffset + _groupIn));
            _groupOut += outRelationships.Length;
            _groupIn += inRelationships.Length;
        }

        public void EndGroup(int type)
        {
            var header = Preamble + (_group * HeaderWidth);
            packed[header] = type;
            packed[header + 1] = _outOffset;
            packed[header + 2] = _groupOut;
            packed[header + 3] = _inOffset;
            packed[header + 4] = _groupIn;
            _outOffset += _groupOut;
            _inOffset += _groupIn;
            _groupOut = _groupIn = 0;
            _group++;
        }
    }

    /// <summary>New relationships of one node in one direction, ordered by type.</summary>
    public readonly ref struct NewEdges(ReadOnlySpan<int> types, ReadOnlySpan<int> relationships, ReadOnlySpan<int> others)
    {
        public ReadOnlySpan<int> Types { get; } = types;

        public ReadOnlySpan<int> Relationships { get; } = relationships;

        public ReadOnlySpan<int> Others { get; } = others;
    }

    /// <summary>Walks the union of the types of an existing adjacency and of new relationships, in type order.</summary>
    private ref struct GroupWalk(int[]? existing, NewEdges outgoing, NewEdges incoming)
    {
        private readonly ReadOnlySpan<int> _outTypes = outgoing.Types;
        private readonly ReadOnlySpan<int> _inTypes = incoming.Types;
        private readonly int _existingGroups = existing is null ? 0 : existing[0];
        private int _group;
        private int _out;
        private int _in;

        public bool Next(out int type, out int existingGroup, out int newOut, out int newIn, out (int Out, int In) newStart)
        {
            type = int.MaxValue;
            if (_group < _existingGroups)
            {
                type = Type(existing!, _group);
            }

            if (_out < _outTypes.Length)
            {
                type = Math.Min(type, _outTypes[_out]);
            }

            if (_in < _inTypes.Length)
            {
                type = Math.Min(type, _inTypes[_in]);
            }

            existingGroup = -1;
            newStart = (_out, _in);
            newOut = 0;
            newIn = 0;
            if (type == int.MaxValue)
            {
                return false;
            }

            if (_group < _existingGroups && Type(existing!, _group) == type)
            {
                existingGroup = _group++;
            }

            while (_out < _outTypes.Length && _outTypes[_out] == type)
            {
                _out++;
                newOut++;
            }

            while (_in < _inTypes.Length && _inTypes[_in] == type)
            {
                _in++;
                newIn++;
            }

            return true;
        }
    }
}
