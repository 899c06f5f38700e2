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
}
