using TechSelfReliance.Graph.Indexing;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Graph.Storage;

internal sealed partial class GraphState
{
    public LabelSet? NodeLabels(int id) => id >= 0 ? _labels.Get(id) : null;

    public bool NodeExists(int id) => NodeLabels(id) is not null;

    /// <summary>A node's adjacency: a packed <c>int[]</c> when published, a <see cref="NodeAdjacency"/> while a writer changes it, or null.</summary>
    public object? Adjacency(int id) => id >= 0 ? _adjacency.Get(id) : null;

    public RelationshipRecord Relationship(int id) => id >= 0 ? _relationships.Get(id) : default;

    public bool RelationshipExists(int id) => Relationship(id).Exists;

    public ChunkedArray<LabelSet?> LabelTable => _labels;

    public ChunkedArray<RelationshipRecord> RelationshipTable => _relationships;

    public bool TryGetNodeProperty(int id, int key, out Value value)
    {
        var columns = _nodeColumns;
        if ((uint)key < (uint)columns.Length && columns[key] is { } column)
        {
            return column.TryGet(id, out value);
        }

        value = Value.Null;
        return false;
    }

    public bool TryGetRelationshipProperty(int id, int key, out Value value)
    {
        var columns = _relationshipColumns;
        if ((uint)key < (uint)columns.Length && columns[key] is { } column)
        {
            return column.TryGet(id, out value);
        }

        value = Value.Null;
        return false;
    }

    public List<KeyValuePair<int, Value>> NodeProperties(int id) => CollectProperties(_nodeColumns, id);

    public List<KeyValuePair<int, Value>> RelationshipProperties(int id) => CollectProperties(_relationshipColumns, id);

    public IdSet LabelMembers(int label) =>
        (uint)label < (uint)_labelMembers.Length ? _labelMembers[label] ?? IdSet.Empty : IdSet.Empty;

    public long TripleCount(int startLabel, int type, int endLabel) =>
        _triples.TryGetValue(new TripleKey(startLabel, type, endLabel), out var count) ? count : 0;

    public PropertyIndexMap? IndexData(int label, int key) => _indexData.GetValueOrDefault((label, key));

    private static List<KeyValuePair<int, Value>> CollectProperties(PropertyColumn?[] columns, int id)
    {
        var result = new List<KeyValuePair<int, Value>>();
        for (var key = 0; key < columns.Length; key++)
        {
            if (columns[key] is { } column && column.TryGet(id, out var value))
            {
                result.Add(new KeyValuePair<int, Value>(key, value));
            }
        }

        return result;
    }
}
