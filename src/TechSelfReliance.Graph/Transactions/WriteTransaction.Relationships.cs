using TechSelfReliance.Graph.Schema;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Graph.Transactions;

public sealed partial class WriteTransaction
{
    public long CreateRelationship(int type, long start, long end, IReadOnlyList<KeyValuePair<int, Value>>? properties = null)
    {
        var startNode = RequireNode(start);
        var endNode = RequireNode(end);
        RequireToken(TokenKind.RelationshipType, type);
        foreach (var (key, value) in properties ?? [])
        {
            RequireToken(TokenKind.PropertyKey, key);
            if (!value.IsNull)
            {
                RequireStorable(value, key, Store.Tokens);
            }
        }

        var state = Change();
        var id = Store.AllocateRelationshipId();
        state.CreateRelationship(id, type, startNode, endNode);
        _operations?.CreateRelationship(id, type, startNode, endNode);
        foreach (var (key, value) in properties ?? [])
        {
            if (!value.IsNull)
            {
                state.SetRelationshipProperty(id, key, value);
                _operations?.SetRelationshipProperty(id, key, value);
            }
        }

        return id;
    }

    /// <summary>
    /// Creates every relationship of the batch, with consecutive ids in batch order, and returns the first id.
    /// Each node's adjacency is rebuilt once for the whole batch rather than grown one relationship at a time,
    /// which is what makes bulk loads fast. All or nothing: the batch is validated before anything changes.
    /// </summary>
    public long CreateRelationships(RelationshipBatch batch) => CreateRelationships([batch]);

    /// <summary>Creates the relationships of several batches as one, in order (see <see cref="CreateRelationships(RelationshipBatch)"/>).</summary>
    public long CreateRelationships(IReadOnlyList<RelationshipBatch> batches)
    {
        EnsureOpen();
        var count = batches.Sum(batch => batch.Count);
        var types = new int[count];
        var starts = new int[count];
        var ends = new int[count];
        var position = 0;
        foreach (var batch in batches)
        {
            for (var i = 0; i < batch.Count; i++, position++)
            {
                types[position] = batch.Types[i];
                RequireToken(TokenKind.RelationshipType, types[position]);
                starts[position] = RequireNode(batch.Starts[i]);
                ends[position] = RequireNode(batch.Ends[i]);
                foreach (var (key, value) in batch.PropertiesAt(i) ?? [])
                {
                    RequireToken(TokenKind.PropertyKey, key);
                    if (!value.IsNull)
                    {
                        RequireStorable(value, key, Store.Tokens);
                    }
                }
            }
        }

        if (count == 0)
        {
            return -1;
        }

        var state = Change();
        var first = Store.AllocateRelationshipIds(count);
        state.CreateRelationships(first, types, starts, ends);
        position = first;
        foreach (var batch in batches)
        {
            for (var i = 0; i < batch.Count; i++, position++)
            {
                _operations?.CreateRelationship(position, types[position - first], starts[position - first], ends[position - first]);
                foreach (var (key, value) in batch.PropertiesAt(i) ?? [])
                {
                    if (!value.IsNull)
                    {
                        state.SetRelationshipProperty(position, key, value);
                        _operations?.SetRelationshipProperty(position, key, value);
                    }
                }
            }
        }

        return first;
    }

    public void DeleteRelationship(long id)
    {
        var relationship = RequireRelationship(id);
        var state = Change();
        state.DeleteRelationship(relationship);
        _operations?.DeleteRelationship(relationship);
    }

    /// <summary>Sets a property; a null value removes it.</summary>
    public void SetRelationshipProperty(long id, int key, Value value)
    {
        var relationship = RequireRelationship(id);
        RequireToken(TokenKind.PropertyKey, key);
        if (value.IsNull)
        {
            RemoveRelationshipProperty(id, key);
            return;
        }

        RequireStorable(value, key, Store.Tokens);
        var state = Change();
        state.SetRelationshipProperty(relationship, key, value);
        _operations?.SetRelationshipProperty(relationship, key, value);
    }

    public bool RemoveRelationshipProperty(long id, int key)
    {
        var relationship = RequireRelationship(id);
        if (!TryGetRelationshipProperty(relationship, key, out _))
        {
            return false;
        }

        var state = Change();
        state.RemoveRelationshipProperty(relationship, key);
        _operations?.RemoveRelationshipProperty(relationship, key);
        return true;
    }
}
