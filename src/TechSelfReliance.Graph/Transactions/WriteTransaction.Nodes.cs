using TechSelfReliance.Graph.Schema;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Graph.Transactions;

public sealed partial class WriteTransaction
{
    public long CreateNode(ReadOnlySpan<int> labels, IReadOnlyList<KeyValuePair<int, Value>>? properties = null)
    {
        EnsureOpen();
        foreach (var label in labels)
        {
            RequireToken(TokenKind.Label, label);
        }

        foreach (var (key, value) in properties ?? [])
        {
            RequireToken(TokenKind.PropertyKey, key);
            if (!value.IsNull)
            {
                RequireStorable(value, key, Store.Tokens);
            }
        }

        var state = Change();
        var id = Store.AllocateNodeId();
        var labelSet = Store.Interner.Intern(labels.ToArray());
        state.CreateNode(id, labelSet);
        _operations?.CreateNode(id, labelSet.Items);
        foreach (var (key, value) in properties ?? [])
        {
            if (!value.IsNull)
            {
                state.SetNodeProperty(id, key, value);
                _operations?.SetNodeProperty(id, key, value);
            }
        }

        if (labels.Length > 0 && properties is { Count: > 0 })
        {
            NoteConstraintCandidate(id);
        }

        return id;
    }

    /// <summary>Deletes a node; one with relationships is refused unless <paramref name="detach"/> deletes them too.</summary>
    public void DeleteNode(long id, bool detach = false)
    {
        var node = RequireNode(id);
        if (Degree(node, Direction.Both) > 0)
        {
            if (!detach)
            {
                throw new GraphStoreException(GraphErrorKind.NodeHasRelationships,
                    $"Cannot delete node {id} because it still has relationships. To delete this node, you must first delete its relationships.");
            }

            var relationships = new List<int>();
            var cursor = GetRelationships(node, Direction.Both);
            while (cursor.MoveNext())
            {
                relationships.Add(cursor.Relationship);
            }

            foreach (var relationship in relationships)
            {
                DeleteRelationship(relationship);
            }
        }

        var state = Change();
        state.DeleteNode(node);
        _operations?.DeleteNode(node);
    }

    /// <summary>Sets a property; a null value removes it.</summary>
    public void SetNodeProperty(long id, int key, Value value)
    {
        var node = RequireNode(id);
        RequireToken(TokenKind.PropertyKey, key);
        if (value.IsNull)
        {
            RemoveNodeProperty(id, key);
            return;
        }

        RequireStorable(value, key, Store.Tokens);
        var state = Change();
        state.SetNodeProperty(node, key, value);
        _operations?.SetNodeProperty(node, key, value);
        NoteConstraintCandidate(node);
    }

    public bool RemoveNodeProperty(long id, int key)
    {
        var node = RequireNode(id);
        if (!TryGetNodeProperty(node, key, out _))
        {
            return false;
        }

        var state = Change();
        state.RemoveNodeProperty(node, key);
        _operations?.RemoveNodeProperty(node, key);
        return true;
    }

    /// <summary>Adds a label; returns false when the node already had it.</summary>
    public bool AddLabel(long id, int label)
    {
        var node = RequireNode(id);
        RequireToken(TokenKind.Label, label);
        var before = GetLabels(node);
        if (before.Contains(label))
        {
            return false;
        }

        var after = Store.Interner.With(before, label);
        var state = Change();
        state.SetNodeLabels(node, before, after);
        _operations?.SetLabels(node, after.Items);
        NoteConstraintCandidate(node);
        return true;
    }

    /// <summary>Removes a label; returns false when the node did not have it.</summary>
    public bool RemoveLabel(long id, int label)
    {
        var node = RequireNode(id);
        var before = GetLabels(node);
        if (!before.Contains(label))
        {
            return false;
        }

        var after = Store.Interner.Without(before, label);
        var state = Change();
        state.SetNodeLabels(node, before, after);
        _operations?.SetLabels(node, after.Items);
        return true;
    }

    private void NoteConstraintCandidate(int node)
    {
        if (State.Constraints.Count > 0)
        {
            _constraintCandidates.Add(node);
        }
    }
}
