using System.Runtime.InteropServices;
using TechSelfReliance.Graph.Indexing;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Graph.Storage;

/// <summary>
/// The primitive changes. They assume their input was validated by the transaction (or comes from a log
/// the store wrote) and keep every structure in step: label members, adjacency, statistics and indexes.
/// </summary>
internal sealed partial class GraphState
{
    public void CreateNode(int id, LabelSet labels)
    {
        var owner = RequireOwner();
        _labels = _labels.Mutable(owner);
        _labels.Set(id, labels);
        NodeCount++;
        NodeIdLimit = Math.Max(NodeIdLimit, id + 1);
        foreach (var label in labels.Items)
        {
            MutableLabelMembers(label, owner).Add(id);
        }
    }

    public void DeleteNode(int id)
    {
        var owner = RequireOwner();
        var labels = NodeLabels(id)!;
        foreach (var (key, _) in NodeProperties(id))
        {
            RemoveNodeProperty(id, key);
        }

        foreach (var label in labels.Items)
        {
            MutableLabelMembers(label, owner).Remove(id);
        }

        _labels = _labels.Mutable(owner);
        _labels.Set(id, null);
        if (_adjacency.Get(id) is not null)
        {
            _adjacency = _adjacency.Mutable(owner);
            _adjacency.Set(id, null);
        }

        NodeCount--;
    }

    public void SetNodeLabels(int id, LabelSet before, LabelSet after)
    {
        var owner = RequireOwner();
        _labels = _labels.Mutable(owner);
        _labels.Set(id, after);
        foreach (var label in before.Items)
        {
            if (!after.Contains(label))
            {
                MutableLabelMembers(label, owner).Remove(id);
                UpdateIndexesForLabel(id, label, adding: false);
            }
        }

        foreach (var label in after.Items)
        {
            if (!before.Contains(label))
            {
                MutableLabelMembers(label, owner).Add(id);
                UpdateIndexesForLabel(id, label, adding: true);
            }
        }

        if (Adjacency(id) is { } adjacency)
        {
            RecountTriplesForRelabel(id, new Access.AdjacencyView(adjacency), before, after);
        }
    }

    public void SetNodeProperty(int id, int key, Value value)
    {
        var owner = RequireOwner();
        var hadOld = TryGetNodeProperty(id, key, out var old);
        var column = MutableNodeColumn(key, owner);
        column.Set(id, value);
        foreach (var label in NodeLabels(id)!.Items)
        {
            if (MutableIndexData(label, key, owner) is { } index)
            {
                if (hadOld)
                {
                    index.Remove(old, id);
                }

                index.Add(value, id);
            }
        }
    }

    public bool RemoveNodeProperty(int id, int key)
    {
        var owner = RequireOwner();
        if (!TryGetNodeProperty(id, key, out var old))
        {
            return false;
        }

        MutableNodeColumn(key, owner).Remove(id);
        foreach (var label in NodeLabels(id)!.Items)
        {
            MutableIndexData(label, key, owner)?.Remove(old, id);
        }

        return true;
    }

    public void CreateRelationship(int id, int type, int start, int end)
    {
        var owner = RequireOwner();
        _relationships = _relationships.Mutable(owner);
        _relationships.Set(id, new RelationshipRecord(type, start, end));
        MutableAdjacency(start, owner).Add(type, outgoing: true, id, end);
        MutableAdjacency(end, owner).Add(type, outgoing: false, id, start);
        RelationshipCount++;
        RelationshipIdLimit = Math.Max(RelationshipIdLimit, id + 1);
        AdjustTriples(NodeLabels(start)!, type, NodeLabels(end)!, +1, owner);
    }

    public void DeleteRelationship(int id)
    {
        var owner = RequireOwner();
        var record = Relationship(id);
        foreach (var (key, _) in RelationshipProperties(id))
        {
            RemoveRelationshipProperty(id, key);
        }

        MutableAdjacency(record.Start, owner).Remove(record.Type, outgoing: true, id);
        MutableAdjacency(record.End, owner).Remove(record.Type, outgoing: false, id);
        _relationships = _relationships.Mutable(owner);
        _relationships.Set(id, default);
        RelationshipCount--;
        AdjustTriples(NodeLabels(record.Start)!, record.Type, NodeLabels(record.End)!, -1, owner);
    }

    public void SetRelationshipProperty(int id, int key, Value value) => MutableRelationshipColumn(key, RequireOwner()).Set(id, value);

    public bool RemoveRelationshipProperty(int id, int key)
    {
        var owner = RequireOwner();
        return TryGetRelationshipProperty(id, key, out _) && MutableRelationshipColumn(key, owner).Remove(id);
    }

    private IdSet MutableLabelMembers(int label, TransientOwner owner)
    {
        if (!_ownsLabelMembers)
        {
            _labelMembers = (IdSet?[])_labelMembers.Clone();
            _ownsLabelMembers = true;
        }

        if (label >= _labelMembers.Length)
        {
            Array.Resize(ref _labelMembers, Math.Max(label + 1, _labelMembers.Length * 2));
        }

        var set = (_labelMembers[label] ?? IdSet.CreateEmpty(owner)).Mutable(owner);
        _labelMembers[label] = set;
        return set;
    }

    private PropertyColumn MutableNodeColumn(int key, TransientOwner owner)
    {
        if (!_ownsNodeColumns)
        {
            _nodeColumns = (PropertyColumn?[])_nodeColumns.Clone();
            _ownsNodeColumns = true;
        }

        return MutableColumn(ref _nodeColumns, key, owner);
    }

    private PropertyColumn MutableRelationshipColumn(int key, TransientOwner owner)
    {
        if (!_ownsRelationshipColumns)
        {
            _relationshipColumns = (PropertyColumn?[])_relationshipColumns.Clone();
            _ownsRelationshipColumns = true;
        }

        return MutableColumn(ref _relationshipColumns, key, owner);
    }

    private static PropertyColumn MutableColumn(ref PropertyColumn?[] columns, int key, TransientOwner owner)
    {
        if (key >= columns.Length)
        {
            Array.Resize(ref columns, Math.Max(key + 1, columns.Length * 2));
        }

        var column = (columns[key] ?? PropertyColumn.CreateEmpty(owner)).Mutable(owner);
        columns[key] = column;
        return column;
    }

    private NodeAdjacency MutableAdjacency(int node, TransientOwner owner)
    {
        if (_adjacency.Get(node) is NodeAdjacency { } current && ReferenceEquals(current.Owner, owner))
        {
            // already unpacked and owned by this transaction (and recorded as such): the common case in bulk writes
            return current;
        }

        _adjacency = _adjacency.Mutable(owner);
        var adjacency = _adjacency.Get(node) switch
        {
            NodeAdjacency unpacked => unpacked.Mutable(owner),
            int[] packed => NodeAdjacency.FromPacked(packed, owner),
            _ => NodeAdjacency.CreateEmpty(owner),
        };
        _adjacency.Set(node, adjacency);
        (_unpackedAdjacency ??= []).Add(node);
        return adjacency;
    }

    private void AdjustTriples(LabelSet start, int type, LabelSet end, long delta, TransientOwner owner)
    {
        _ = owner;
        if (!_ownsTriples)
        {
            _triples = new Dictionary<TripleKey, long>(_triples);
            _ownsTriples = true;
        }

        for (var i = -1; i < start.Count; i++)
        {
            var a = i < 0 ? -1 : start[i];
            for (var j = -1; j < end.Count; j++)
            {
                var b = j < 0 ? -1 : end[j];
                ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(_triples, new TripleKey(a, type, b), out _);
                count += delta;
                if (count == 0)
                {
                    _triples.Remove(new TripleKey(a, type, b));
                }
            }
        }
    }

    private void RecountTriplesForRelabel(int node, Access.AdjacencyView adjacency, LabelSet before, LabelSet after)
    {
        var owner = RequireOwner();
        for (var g = 0; g < adjacency.GroupCount; g++)
        {
            var type = adjacency.GroupType(g);
            var outgoing = adjacency.OutgoingNodes(g);
            for (var i = 0; i < outgoing.Length; i++)
            {
                var other = outgoing[i];
                var otherBefore = other == node ? before : NodeLabels(other)!;
                var otherAfter = other == node ? after : NodeLabels(other)!;
                AdjustTriples(before, type, otherBefore, -1, owner);
                AdjustTriples(after, type, otherAfter, +1, owner);
            }

            var incoming = adjacency.IncomingNodes(g);
            for (var i = 0; i < incoming.Length; i++)
            {
                var other = incoming[i];
                if (other == node)
                {
                    continue;
                }

                var otherLabels = NodeLabels(other)!;
                AdjustTriples(otherLabels, type, before, -1, owner);
                AdjustTriples(otherLabels, type, after, +1, owner);
            }
        }
    }
}
