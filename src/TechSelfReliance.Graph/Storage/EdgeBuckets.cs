namespace TechSelfReliance.Graph.Storage;

/// <summary>
/// A batch of new relationships grouped by one of their ends (compressed sparse rows): the relationships of
/// node <c>n</c> are the range <c>[Offsets[n], Offsets[n + 1])</c> of the three columns, ordered by type and,
/// within a type, as the batch listed them. Built by two counting sorts, so in linear time.
/// </summary>
internal sealed class EdgeBuckets
{
    private EdgeBuckets(int[] offsets, int[] types, int[] relationships, int[] others)
    {
        Offsets = offsets;
        Types = types;
        Relationships = relationships;
        Others = others;
    }

    public int[] Offsets { get; }

    public int[] Types { get; }

    public int[] Relationships { get; }

    public int[] Others { get; }

    public int Count(int node) => Offsets[node + 1] - Offsets[node];

    public ReadOnlySpan<int> TypesOf(int node) => Types.AsSpan(Offsets[node], Count(node));

    public ReadOnlySpan<int> RelationshipsOf(int node) => Relationships.AsSpan(Offsets[node], Count(node));

    public ReadOnlySpan<int> OthersOf(int node) => Others.AsSpan(Offsets[node], Count(node));

    /// <param name="byType">The batch's positions ordered by type (stable).</param>
    /// <param name="keys">The node each relationship is grouped under.</param>
    /// <param name="others">The node at each relationship's other end.</param>
    public static EdgeBuckets Build(int nodeLimit, int firstId, int[] byType, ReadOnlySpan<int> types, ReadOnlySpan<int> keys, ReadOnlySpan<int> others)
    {
        var offsets = new int[nodeLimit + 1];
        foreach (var key in keys)
        {
            offsets[key + 1]++;
        }

        for (var n = 0; n < nodeLimit; n++)
        {
            offsets[n + 1] += offsets[n];
        }

        var next = offsets[..^1];
        var count = keys.Length;
        var bucketTypes = new int[count];
        var relationships = new int[count];
        var otherEnds = new int[count];
        foreach (var position in byType)
        {
            var slot = next[keys[position]]++;
            bucketTypes[slot] = types[position];
            relationships[slot] = firstId + position;
            otherEnds[slot] = others[position];
        }

        return new EdgeBuckets(offsets, bucketTypes, relationships, otherEnds);
    }

    /// <summary>The positions 0..n-1 of a batch ordered by type, stable within a type.</summary>
    public static int[] OrderByType(ReadOnlySpan<int> types)
    {
        var limit = 0;
        foreach (var type in types)
        {
            limit = Math.Max(limit, type + 1);
        }

        var starts = new int[limit + 1];
        foreach (var type in types)
        {
            starts[type + 1]++;
        }

        for (var t = 0; t < limit; t++)
        {
            starts[t + 1] += starts[t];
        }

        var order = new int[types.Length];
        for (var position = 0; position < types.Length; position++)
        {
            order[starts[types[position]]++] = position;
        }

        return order;
    }
}
