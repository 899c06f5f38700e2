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

        var packed = new int[Preamble + (groups.Length * HeaderWidth) + (2 * totalOut) + (2 * totalIn)];
        packed[0] = groups.Length;
        packed[1] = totalOut;
        packed[2] = totalIn;
        var outRelationships = OutRelationshipsStart(packed);
        var outOthers = OutOthersStart(packed);
        var inRelationships = InRelationshipsStart(packed);
        var inOthers = InOthersStart(packed);
        int outOffset = 0, inOffset = 0;
        for (var g = 0; g < groups.Length; g++)
        {
            ref readonly var group = ref groups[g];
            var header = Preamble + (g * HeaderWidth);
            packed[header] = group.Type;
            packed[header + 1] = outOffset;
            packed[header + 2] = group.Out.Count;
            packed[header + 3] = inOffset;
            packed[header + 4] = group.In.Count;
            group.Out.Relationships.AsSpan(0, group.Out.Count).CopyTo(packed.AsSpan(outRelationships + outOffset));
            group.Out.Others.AsSpan(0, group.Out.Count).CopyTo(packed.AsSpan(outOthers + outOffset));
            group.In.Relationships.AsSpan(0, group.In.Count).CopyTo(packed.AsSpan(inRelationships + inOffset));
            group.In.Others.AsSpan(0, group.In.Count).CopyTo(packed.AsSpan(inOthers + inOffset));
            outOffset += group.Out.Count;
            inOffset += group.In.Count;
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

        var totalOut = (existing is null ? 0 : existing[1]) + outgoing.Types.Length;
        var totalIn = (existing is null ? 0 : existing[2]) + incoming.Types.Length;
        var packed = new int[Preamble + (groupCount * HeaderWidth) + (2 * totalOut) + (2 * totalIn)];
        packed[0] = groupCount;
        packed[1] = totalOut;
        packed[2] = totalIn;
        var outRelationships = OutRelationshipsStart(packed);
        var outOthers = OutOthersStart(packed);
        var inRelationships = InRelationshipsStart(packed);
        var inOthers = InOthersStart(packed);
        int outOffset = 0, inOffset = 0, g = 0;
        walk = new GroupWalk(existing, outgoing, incoming);
        while (walk.Next(out var type, out var oldGroup, out var newOut, out var newIn, out var newStart))
        {
            var header = Preamble + (g * HeaderWidth);
            packed[header] = type;
            packed[header + 1] = outOffset;
            packed[header + 3] = inOffset;
            if (oldGroup >= 0)
            {
                int oldOut = OutCount(existing!, oldGroup), oldIn = InCount(existing!, oldGroup);
                existing!.AsSpan(OutRelationshipsStart(existing!) + OutOffset(existing!, oldGroup), oldOut).CopyTo(packed.AsSpan(outRelationships + outOffset));
                existing!.AsSpan(OutOthersStart(existing!) + OutOffset(existing!, oldGroup), oldOut).CopyTo(packed.AsSpan(outOthers + outOffset));
                existing!.AsSpan(InRelationshipsStart(existing!) + InOffset(existing!, oldGroup), oldIn).CopyTo(packed.AsSpan(inRelationships + inOffset));
                existing!.AsSpan(InOthersStart(existing!) + InOffset(existing!, oldGroup), oldIn).CopyTo(packed.AsSpan(inOthers + inOffset));
                outOffset += oldOut;
                inOffset += oldIn;
            }

            outgoing.Relationships.Slice(newStart.Out, newOut).CopyTo(packed.AsSpan(outRelationships + outOffset));
            outgoing.Others.Slice(newStart.Out, newOut).CopyTo(packed.AsSpan(outOthers + outOffset));
            incoming.Relationships.Slice(newStart.In, newIn).CopyTo(packed.AsSpan(inRelationships + inOffset));
            incoming.Others.Slice(newStart.In, newIn).CopyTo(packed.AsSpan(inOthers + inOffset));
            outOffset += newOut;
            inOffset += newIn;
            packed[header + 2] = outOffset - packed[header + 1];
            packed[header + 4] = inOffset - packed[header + 3];
            g++;
        }

        return packed;
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
