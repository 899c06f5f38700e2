using TechSelfReliance.Graph.Indexing;
using TechSelfReliance.Graph.Schema;

namespace TechSelfReliance.Graph.Storage;

internal sealed partial class GraphState
{
    public IndexDefinition? FindIndex(string name) => _indexes.FirstOrDefault(i => i.Name == name);

    public IndexDefinition? FindIndex(int label, int key) => _indexes.FirstOrDefault(i => i.Label == label && i.Key == key);

    public ConstraintDefinition? FindConstraint(string name) => _constraints.FirstOrDefault(c => c.Name == name);

    /// <summary>Adds the index and fills it from the nodes that already carry the label and key.</summary>
    public void CreateIndex(IndexDefinition definition)
    {
        var owner = RequireOwner();
        _indexes = [.. _indexes, definition];
        NextSchemaId = Math.Max(NextSchemaId, definition.Id + 1);
        EnsureOwnIndexData();
        var map = PropertyIndexMap.CreateEmpty(owner);
        foreach (var node in LabelMembers(definition.Label))
        {
            if (TryGetNodeProperty(node, definition.Key, out var value))
            {
                map.Add(value, node);
            }
        }

        _indexData[(definition.Label, definition.Key)] = map;
    }

    public void DropIndex(string name)
    {
        RequireOwner();
        var definition = FindIndex(name) ?? throw new InvalidOperationException($"No index named '{name}'.");
        _indexes = _indexes.Where(i => i.Name != name).ToArray();
        EnsureOwnIndexData();
        _indexData.Remove((definition.Label, definition.Key));
    }

    public void CreateConstraint(ConstraintDefinition definition)
    {
        RequireOwner();
        _constraints = [.. _constraints, definition];
        NextSchemaId = Math.Max(NextSchemaId, definition.Id + 1);
    }

    public void DropConstraint(string name)
    {
        RequireOwner();
        _constraints = _constraints.Where(c => c.Name != name).ToArray();
    }

    private void EnsureOwnIndexData()
    {
        if (!_ownsIndexData)
        {
            _indexData = new Dictionary<(int Label, int Key), PropertyIndexMap>(_indexData);
            _ownsIndexData = true;
        }
    }

    private PropertyIndexMap? MutableIndexData(int label, int key, TransientOwner owner)
    {
        if (_indexData.Count == 0 || !_indexData.TryGetValue((label, key), out var map))
        {
            return null;
        }

        EnsureOwnIndexData();
        map = map.Mutable(owner);
        _indexData[(label, key)] = map;
        return map;
    }

    private void UpdateIndexesForLabel(int node, int label, bool adding)
    {
        if (_indexData.Count == 0)
        {
            return;
        }

        var owner = RequireOwner();
        foreach (var definition in _indexes)
        {
            if (definition.Label != label || !TryGetNodeProperty(node, definition.Key, out var value))
            {
                continue;
            }

            var map = MutableIndexData(label, definition.Key, owner)!;
            if (adding)
            {
                map.Add(value, node);
            }
            else
            {
                map.Remove(value, node);
            }
        }
    }
}
