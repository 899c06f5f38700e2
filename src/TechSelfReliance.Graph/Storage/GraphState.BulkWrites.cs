using System.Runtime.InteropServices;

namespace TechSelfReliance.Graph.Storage;

/// <summary>Changes applied to many entities at once, with the same effect as applying them one by one.</summary>
internal sealed partial class GraphState
{
    /// <summary>
    /// Creates relationships <c>firstId</c>, <c>firstId + 1</c>, … from parallel columns. Nodes this writer has
    /// unpacked take the new relationships one by one; every other node gets its packed adjacency rebuilt
    /// once with all of them, which avoids growing millions of small lists during a bulk load.
    /// </summary>
    public void CreateRelationships(int firstId, int[] types, int[] starts, int[] ends)
    {
        var owner = RequireOwner();
        var count = types.Length;
        _relationships = _relationships.Mutable(owner);
        for (var i = 0; i < count; i++)
        {
            _relationships.Set(firstId + i, new RelationshipRecord(types[i], starts[i], ends[i]));
        }

        RelationshipCount += count;
        RelationshipIdLimit = Math.Max(RelationshipIdLimit, firstId + count);

        var byType = EdgeBuckets.OrderByType(types);
        EdgeBuckets? outgoing = null, incoming = null;
        Parallel.Invoke(
            () => outgoing = EdgeBuckets.Build(NodeIdLimit, firstId, byType, types, starts, ends),
            () => incoming = EdgeBuckets.Build(NodeIdLimit, firstId, byType, types, ends, starts));
        _adjacency = _adjacency.Mutable(owner);
        for (var node = 0; node < NodeIdLimit; node++)
        {
            if (outgoing!.Count(node) == 0 && incoming!.Count(node) == 0)
            {
                continue;
            }

            var current = _adjacency.Get(node);
            if (current is NodeAdjacency)
            {
                AddOneByOne(node, outgoing, incoming!, owner);
                continue;
            }

            _adjacency.Set(node, PackedAdjacency.Merge(
                current as int[],
                new PackedAdjacency.NewEdges(outgoing.TypesOf(node), outgoing.RelationshipsOf(node), outgoing.OthersOf(node)),
                new PackedAdjacency.NewEdges(incoming!.TypesOf(node), incoming.RelationshipsOf(node), incoming.OthersOf(node))));
        }

        CountTriples(types, starts, ends, owner);
    }

    private void AddOneByOne(int node, EdgeBuckets outgoing, EdgeBuckets incoming, TransientOwner owner)
    {
        var adjacency = MutableAdjacency(node, owner);
        var types = outgoing.TypesOf(node);
        var relationships = outgoing.RelationshipsOf(node);
        var others = outgoing.OthersOf(node);
        for (var i = 0; i < types.Length; i++)
        {
            adjacency.Add(types[i], outgoing: true, relationships[i], others[i]);
        }

        types = incoming.TypesOf(node);
        relationships = incoming.RelationshipsOf(node);
        others = incoming.OthersOf(node);
        for (var i = 0; i < types.Length; i++)
        {
            adjacency.Add(types[i], outgoing: false, relationships[i], others[i]);
        }
    }

    /// <summary>
    /// Label sets are interned, so the relationships fall into few (start labels, type, end labels) classes;
    /// each label set gets a small ordinal, remembered for the last one seen at each end.
    /// </summary>
    private void CountTriples(ReadOnlySpan<int> types, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, TransientOwner owner)
    {
        var ordinals = new Dictionary<LabelSet, int>(ReferenceEqualityComparer.Instance);
        var sets = new List<LabelSet>();
        var classes = new Dictionary<(int Start, int Type, int End), long>();
        LabelSet? lastStart = null, lastEnd = null;
        int startOrdinal = 0, endOrdinal = 0;
        for (var i = 0; i < types.Length; i++)
        {
            var startLabels = NodeLabels(starts[i])!;
            if (!ReferenceEquals(startLabels, lastStart))
            {
                (lastStart, startOrdinal) = (startLabels, Ordinal(startLabels));
            }

            var endLabels = NodeLabels(ends[i])!;
            if (!ReferenceEquals(endLabels, lastEnd))
            {
                (lastEnd, endOrdinal) = (endLabels, Ordinal(endLabels));
            }

            CollectionsMarshal.GetValueRefOrAddDefault(classes, (startOrdinal, types[i], endOrdinal), out _)++;
        }

        foreach (var ((start, type, end), count) in classes)
        {
            AdjustTriples(sets[start], type, sets[end], count, owner);
        }

        int Ordinal(LabelSet labels)
        {
            ref var ordinal = ref CollectionsMarshal.GetValueRefOrAddDefault(ordinals, labels, out var exists);
            if (!exists)
            {
                ordinal = sets.Count;
                sets.Add(labels);
            }

            return ordinal;
        }
    }
}
