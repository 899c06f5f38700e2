using TechSelfReliance.Graph.Storage;

namespace TechSelfReliance.Graph.Access;

/// <summary>
/// Direct, allocation-free access to one node's adjacency for hot loops: per type group and direction, the
/// relationship ids and the other-node ids as two parallel spans. Valid while the version it came from is in
/// use and, inside a write transaction, until the next write.
/// </summary>
public readonly ref struct AdjacencyView
{
    private readonly int[]? _packed;
    private readonly NodeAdjacency? _unpacked;

    internal AdjacencyView(object? adjacency)
    {
        _packed = adjacency as int[];
        _unpacked = adjacency as NodeAdjacency;
    }

    /// <summary>True for a published node's compact form, whose totals per direction are stored.</summary>
    public bool IsPacked => _packed is not null;

    /// <summary>All outgoing relationships of a packed adjacency (see <see cref="IsPacked"/>).</summary>
    public int TotalOutgoing => PackedAdjacency.TotalOut(_packed!);

    /// <summary>All incoming relationships of a packed adjacency (see <see cref="IsPacked"/>).</summary>
    public int TotalIncoming => PackedAdjacency.TotalIn(_packed!);

    public int GroupCount => _packed is not null ? PackedAdjacency.GroupCount(_packed) : _unpacked?.GroupCount ?? 0;

    public int GroupType(int group) => _packed is not null ? PackedAdjacency.Type(_packed, group) : _unpacked!.Group(group).Type;

    /// <summary>The group holding the type, or -1.</summary>
    public int FindGroup(int type)
    {
        if (_packed is not null)
        {
            return PackedAdjacency.FindGroup(_packed, type);
        }

        return _unpacked is null ? -1 : Math.Max(-1, _unpacked.FindGroup(type));
    }

    public ReadOnlySpan<int> OutgoingRelationships(int group) => _packed is not null
        ? _packed.AsSpan(PackedAdjacency.OutRelationshipsStart(_packed) + PackedAdjacency.OutOffset(_packed, group), PackedAdjacency.OutCount(_packed, group))
        : _unpacked!.Group(group).Out.Relationships.AsSpan(0, _unpacked.Group(group).Out.Count);

    public ReadOnlySpan<int> OutgoingNodes(int group) => _packed is not null
        ? _packed.AsSpan(PackedAdjacency.OutOthersStart(_packed) + PackedAdjacency.OutOffset(_packed, group), PackedAdjacency.OutCount(_packed, group))
        : _unpacked!.Group(group).Out.Others.AsSpan(0, _unpacked.Group(group).Out.Count);

    public ReadOnlySpan<int> IncomingRelationships(int group) => _packed is not null
        ? _packed.AsSpan(PackedAdjacency.InRelationshipsStart(_packed) + PackedAdjacency.InOffset(_packed, group), PackedAdjacency.InCount(_packed, group))
        : _unpacked!.Group(group).In.Relationships.AsSpan(0, _unpacked.Group(group).In.Count);

    public ReadOnlySpan<int> IncomingNodes(int group) => _packed is not null
        ? _packed.AsSpan(PackedAdjacency.InOthersStart(_packed) + PackedAdjacency.InOffset(_packed, group), PackedAdjacency.InCount(_packed, group))
        : _unpacked!.Group(group).In.Others.AsSpan(0, _unpacked.Group(group).In.Count);

    /// <summary>
    /// Neighbours of every type in one direction come in segments: one contiguous segment for a published
    /// node, one per type while a writer holds it unpacked. Iterate 0..<see cref="SegmentCount"/>.
    /// </summary>
    public int SegmentCount => _packed is not null ? 1 : _unpacked?.GroupCount ?? 0;

    public ReadOnlySpan<int> SegmentNodes(int segment, bool outgoing)
    {
        if (_packed is not null)
        {
            return outgoing
                ? _packed.AsSpan(PackedAdjacency.OutOthersStart(_packed), PackedAdjacency.TotalOut(_packed))
                : _packed.AsSpan(PackedAdjacency.InOthersStart(_packed), PackedAdjacency.TotalIn(_packed));
        }

        return outgoing ? OutgoingNodes(segment) : IncomingNodes(segment);
    }

    public ReadOnlySpan<int> SegmentRelationships(int segment, bool outgoing)
    {
        if (_packed is not null)
        {
            return outgoing
                ? _packed.AsSpan(PackedAdjacency.OutRelationshipsStart(_packed), PackedAdjacency.TotalOut(_packed))
                : _packed.AsSpan(PackedAdjacency.InRelationshipsStart(_packed), PackedAdjacency.TotalIn(_packed));
        }

        return outgoing ? OutgoingRelationships(segment) : IncomingRelationships(segment);
    }
}
