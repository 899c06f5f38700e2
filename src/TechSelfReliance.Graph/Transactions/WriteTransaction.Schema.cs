using TechSelfReliance.Graph.Indexing;
using TechSelfReliance.Graph.Schema;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Graph.Transactions;

public sealed partial class WriteTransaction
{
    /// <summary>Creates a property index on (label, key). Refused when an equivalent index or the name exists.</summary>
    public IndexDefinition CreateIndex(string? name, int label, int key)
    {
        EnsureOpen();
        RequireToken(TokenKind.Label, label);
        RequireToken(TokenKind.PropertyKey, key);
        if (State.FindIndex(label, key) is { } existing)
        {
            throw new GraphStoreException(GraphErrorKind.SchemaConflict, existing.OwningConstraint is null
                ? $"An equivalent index already exists: '{existing.Name}'."
                : $"There is a uniqueness constraint '{existing.OwningConstraint}' on ({Describe(label, key)}) that already indexes it.");
        }

        name ??= $"index_{DefaultNameSuffix(label, key)}";
        RequireFreeName(name);
        var definition = new IndexDefinition(State.NextSchemaId, name, label, key, null);
        var state = Change();
        state.CreateIndex(definition);
        _operations?.CreateIndex(definition);
        return definition;
    }

    public void DropIndex(string name)
    {
        EnsureOpen();
        var index = State.FindIndex(name)
            ?? throw new GraphStoreException(GraphErrorKind.SchemaConflict, $"Unable to drop index: there is no index named '{name}'.");
        if (index.OwningConstraint is not null)
        {
            throw new GraphStoreException(GraphErrorKind.SchemaConflict,
                $"Unable to drop index '{name}': it belongs to constraint '{index.OwningConstraint}'; drop the constraint instead.");
        }

        var state = Change();
        state.DropIndex(name);
        _operations?.DropIndex(name);
    }

    /// <summary>Creates a uniqueness constraint and its backing index. Refused when existing data violates it.</summary>
    public ConstraintDefinition CreateUniqueConstraint(string? name, int label, int key)
    {
        EnsureOpen();
        RequireToken(TokenKind.Label, label);
        RequireToken(TokenKind.PropertyKey, key);
        if (State.Constraints.FirstOrDefault(c => c.Label == label && c.Key == key) is { } existing)
        {
            throw new GraphStoreException(GraphErrorKind.SchemaConflict, $"An equivalent constraint already exists: '{existing.Name}'.");
        }

        if (State.FindIndex(label, key) is { } index)
        {
            throw new GraphStoreException(GraphErrorKind.SchemaConflict,
                $"There already exists an index '{index.Name}' on ({Describe(label, key)}); a constraint cannot be created until it is dropped.");
        }

        name ??= $"constraint_{DefaultNameSuffix(label, key)}";
        RequireFreeName(name);
        var duplicate = FindDuplicate(label, key);
        if (duplicate is { } value)
        {
            throw new GraphStoreException(GraphErrorKind.ConstraintViolation,
                $"Unable to create constraint '{name}': more than one node with label '{Tokens.Name(TokenKind.Label, label)}' has property '{Tokens.Name(TokenKind.PropertyKey, key)}' = {value}.");
        }

        var constraint = new ConstraintDefinition(State.NextSchemaId, name, label, key);
        var backing = new IndexDefinition(State.NextSchemaId + 1, name, label, key, name);
        var state = Change();
        state.CreateConstraint(constraint);
        state.CreateIndex(backing);
        _operations?.CreateConstraint(constraint);
        _operations?.CreateIndex(backing);
        return constraint;
    }

    public void DropConstraint(string name)
    {
        EnsureOpen();
        if (State.FindConstraint(name) is null)
        {
            throw new GraphStoreException(GraphErrorKind.SchemaConflict, $"Unable to drop constraint: there is no constraint named '{name}'.");
        }

        var state = Change();
        state.DropConstraint(name);
        _operations?.DropConstraint(name);
        if (State.FindIndex(name) is { OwningConstraint: not null })
        {
            state.DropIndex(name);
            _operations?.DropIndex(name);
        }
    }

    private void CheckUniqueness()
    {
        foreach (var constraint in State.Constraints)
        {
            var index = State.IndexData(constraint.Label, constraint.Key);
            foreach (var node in _constraintCandidates)
            {
                if (index is null
                    || State.NodeLabels(node) is not { } labels
                    || !labels.Contains(constraint.Label)
                    || !State.TryGetNodeProperty(node, constraint.Key, out var value))
                {
                    continue;
                }

                if (index.Get(value).Count > 1)
                {
                    throw new GraphStoreException(GraphErrorKind.ConstraintViolation,
                        $"Node({node}) already exists with label `{Tokens.Name(TokenKind.Label, constraint.Label)}` and property `{Tokens.Name(TokenKind.PropertyKey, constraint.Key)}` = {Describe(value)}");
                }
            }
        }
    }

    private Value? FindDuplicate(int label, int key)
    {
        var seen = new SortedSet<Value>(IndexKeyComparer.Instance);
        foreach (var node in NodesWithLabel(label))
        {
            if (TryGetNodeProperty(node, key, out var value) && !seen.Add(value))
            {
                return value;
            }
        }

        return null;
    }

    private void RequireFreeName(string name)
    {
        if (State.FindIndex(name) is not null || State.FindConstraint(name) is not null)
        {
            throw new GraphStoreException(GraphErrorKind.SchemaConflict, $"There already exists an index or constraint called '{name}'.");
        }
    }

    private string Describe(int label, int key) =>
        $":{Tokens.Name(TokenKind.Label, label)} {{{Tokens.Name(TokenKind.PropertyKey, key)}}}";

    private string DefaultNameSuffix(int label, int key) =>
        $"{Tokens.Name(TokenKind.Label, label)}_{Tokens.Name(TokenKind.PropertyKey, key)}".ToLowerInvariant();

    private static string Describe(Value value) => value.Kind == ValueKind.String ? $"'{value.AsString()}'" : value.ToString();
}
