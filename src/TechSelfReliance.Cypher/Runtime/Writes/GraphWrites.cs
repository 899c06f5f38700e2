using TechSelfReliance.Cypher.Errors;
using TechSelfReliance.Cypher.Runtime.Values;
using TechSelfReliance.Graph.Schema;
using TechSelfReliance.Graph.Transactions;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Runtime.Writes;

/// <summary>The changes write clauses make, with the counters Neo4j reports. Used by CREATE, MERGE, SET, REMOVE.</summary>
internal static class GraphWrites
{
    public static void Create(Value[] row, CreatePattern pattern, QueryContext context)
    {
        var writer = context.RequireWriter();
        foreach (var node in pattern.Nodes)
        {
            if (node.AlreadyBound)
            {
                if (row[node.Slot].Kind != ValueKind.Node)
                {
                    throw CypherException.Type("InvalidArgumentType", $"Expected a node to create a relationship from, but got {row[node.Slot]}.");
                }

                continue;
            }

            var labels = node.Labels.Select(l => writer.GetOrCreateLabel(l.Name)).ToArray();
            var properties = Properties(node.Properties, row, context, writer);
            var id = writer.CreateNode(labels, properties);
            context.Counters.NodesCreated++;
            context.Counters.LabelsAdded += labels.Distinct().Count();
            context.Counters.PropertiesSet += properties.Count;
            row[node.Slot] = Value.Node(id);
        }

        foreach (var relationship in pattern.Relationships)
        {
            var start = row[relationship.StartSlot];
            var end = row[relationship.EndSlot];
            if (start.Kind != ValueKind.Node || end.Kind != ValueKind.Node)
            {
                throw CypherException.Type("InvalidArgumentType", "Failed to create relationship: a node it connects is missing (null).");
            }

            var type = writer.GetOrCreateRelationshipType(relationship.Type.Name);
            var properties = Properties(relationship.Properties, row, context, writer);
            var id = writer.CreateRelationship(type, start.AsNodeId(), end.AsNodeId(), properties);
            context.Counters.RelationshipsCreated++;
            context.Counters.PropertiesSet += properties.Count;
            row[relationship.Slot] = Value.Relationship(id);
        }

        foreach (var path in pattern.Paths)
        {
            row[path.Slot] = Value.Path(new PathValue(path.NodeSlots.Select(s => row[s]).ToArray(), path.RelationshipSlots.Select(s => row[s]).ToArray()));
        }
    }

    public static void Apply(SetAction action, Value[] row, QueryContext context)
    {
        var writer = context.RequireWriter();
        switch (action)
        {
            case SetPropertyAction set:
                {
                    var target = set.Target(row, context);
                    var value = set.Value(row, context);
                    if (target.IsNull)
                    {
                        return;
                    }

                    SetProperty(writer, context, target, set.Key.Name, value);
                    return;
                }

            case SetAllPropertiesAction all:
                {
                    var target = all.Target(row, context);
                    if (target.IsNull)
                    {
                        return;
                    }

                    RequireEntity(target, context);
                    var source = all.Source(row, context);
                    var map = source.Kind switch
                    {
                        ValueKind.Map => source.AsMap(),
                        ValueKind.Node or ValueKind.Relationship => EntityAccess.Properties(source, context),
                        ValueKind.Null => MapValue.Empty,
                        _ => throw CypherException.Type("InvalidArgumentType", $"SET needs a map of properties, not {CypherTypeNames.Of(source)}."),
                    };
                    if (!all.Merge)
                    {
                        foreach (var key in EntityAccess.Properties(target, context).Keys)
                        {
                            if (!map.ContainsKey(key))
                            {
                                SetProperty(writer, context, target, key, Value.Null);
                            }
                        }
                    }

                    foreach (var (key, value) in map.Entries)
                    {
                        SetProperty(writer, context, target, key, value);
                    }

                    return;
                }

            case SetLabelsAction labels:
                {
                    var target = labels.Target(row, context);
                    if (target.IsNull)
                    {
                        return;
                    }

                    var node = RequireNode(target, context);
                    foreach (var label in labels.Labels)
                    {
                        if (writer.AddLabel(node, writer.GetOrCreateLabel(label.Name)))
                        {
                            context.Counters.LabelsAdded++;
                        }
                    }

                    return;
                }

            case RemovePropertyAction remove:
                {
                    var target = remove.Target(row, context);
                    if (target.IsNull)
                    {
                        return;
                    }

                    SetProperty(writer, context, target, remove.Key.Name, Value.Null);
                    return;
                }

            case RemoveLabelsAction labels:
                {
                    var target = labels.Target(row, context);
                    if (target.IsNull)
                    {
                        return;
                    }

                    var node = RequireNode(target, context);
                    foreach (var label in labels.Labels)
                    {
                        var id = context.Graph.Tokens.Lookup(TokenKind.Label, label.Name);
                        if (id >= 0 && writer.RemoveLabel(node, id))
                        {
                            context.Counters.LabelsRemoved++;
                        }
                    }

                    return;
                }
        }
    }

    private static void SetProperty(WriteTransaction writer, QueryContext context, Value target, string keyName, Value value)
    {
        RequireEntity(target, context);
        if (value.IsNull)
        {
            var existing = context.Graph.Tokens.Lookup(TokenKind.PropertyKey, keyName);
            if (existing < 0)
            {
                return;
            }

            var removed = target.Kind == ValueKind.Node ? writer.RemoveNodeProperty(target.AsNodeId(), existing) : writer.RemoveRelationshipProperty(target.AsRelationshipId(), existing);
            if (removed)
            {
                context.Counters.PropertiesSet++;
            }

            return;
        }

        CheckStorable(value, keyName);
        var key = writer.GetOrCreatePropertyKey(keyName);
        if (target.Kind == ValueKind.Node)
        {
            writer.SetNodeProperty(target.AsNodeId(), key, value);
        }
        else
        {
            writer.SetRelationshipProperty(target.AsRelationshipId(), key, value);
        }

        context.Counters.PropertiesSet++;
    }

    private static List<KeyValuePair<int, Value>> Properties(Evaluator? properties, Value[] row, QueryContext context, WriteTransaction writer)
    {
        if (properties is null)
        {
            return [];
        }

        var value = properties(row, context);
        if (value.IsNull)
        {
            return [];
        }

        if (value.Kind != ValueKind.Map)
        {
            throw CypherException.Type("InvalidArgumentType", $"Properties must be given as a map, not {CypherTypeNames.Of(value)}.");
        }

        var result = new List<KeyValuePair<int, Value>>();
        foreach (var (key, item) in value.AsMap().Entries)
        {
            if (item.IsNull)
            {
                continue;
            }

            CheckStorable(item, key);
            result.Add(new KeyValuePair<int, Value>(writer.GetOrCreatePropertyKey(key), item));
        }

        return result;
    }

    private static void CheckStorable(Value value, string key)
    {
        if (StorableValues.Check(value) is { } problem)
        {
            throw CypherException.Type("InvalidPropertyType", $"Property '{key}' cannot be stored: {problem}.");
        }
    }

    private static long RequireNode(Value target, QueryContext context)
    {
        if (target.Kind != ValueKind.Node)
        {
            throw CypherException.Type("InvalidArgumentType", $"Labels can only be changed on nodes, not on {CypherTypeNames.Of(target)}.");
        }

        RequireEntity(target, context);
        return target.AsNodeId();
    }

    private static void RequireEntity(Value target, QueryContext context)
    {
        if (target.Kind is not (ValueKind.Node or ValueKind.Relationship))
        {
            throw CypherException.Type("InvalidArgumentType", $"Properties can only be set on nodes and relationships, not on {CypherTypeNames.Of(target)}.");
        }

        var deleted = target.Kind == ValueKind.Node ? context.DeletedNodes.ContainsKey(target.RawBits) : context.DeletedRelationships.ContainsKey(target.RawBits);
        if (deleted)
        {
            throw EntityAccess.Deleted(target.Kind == ValueKind.Node ? "node" : "relationship", target.RawBits);
        }
    }
}
