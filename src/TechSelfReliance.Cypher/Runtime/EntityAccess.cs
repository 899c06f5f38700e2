using TechSelfReliance.Cypher.Errors;
using TechSelfReliance.Graph.Schema;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Runtime;

/// <summary>
/// Reads nodes and relationships for expressions: from the transaction's view, or from the content a value
/// carries (virtual entities from procedures). Reading the content of an entity this statement deleted fails.
/// </summary>
internal static class EntityAccess
{
    public static Value NodeProperty(Value node, TokenReference key, QueryContext context)
    {
        if (node.NodeContent is { } content)
        {
            return content.Properties[key.Name];
        }

        var id = node.AsNodeId();
        if (context.HasDeletions && context.DeletedNodes.ContainsKey(id))
        {
            throw Deleted("node", id);
        }

        var keyId = key.Resolve(context.Graph);
        return keyId < 0 ? Value.Null : context.Graph.GetNodeProperty(id, keyId);
    }

    public static Value RelationshipProperty(Value relationship, TokenReference key, QueryContext context)
    {
        if (relationship.RelationshipContent is { } content)
        {
            return content.Properties[key.Name];
        }

        var id = relationship.AsRelationshipId();
        if (context.HasDeletions && context.DeletedRelationships.ContainsKey(id))
        {
            throw Deleted("relationship", id);
        }

        var keyId = key.Resolve(context.Graph);
        return keyId < 0 ? Value.Null : context.Graph.GetRelationshipProperty(id, keyId);
    }

    public static IReadOnlyList<string> Labels(Value node, QueryContext context)
    {
        if (node.NodeContent is { } content)
        {
            return content.Labels;
        }

        var id = node.AsNodeId();
        if (context.HasDeletions && context.DeletedNodes.ContainsKey(id))
        {
            throw Deleted("node", id);
        }

        var labels = context.Graph.GetLabels(id);
        var names = new string[labels.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = context.Graph.Tokens.Name(TokenKind.Label, labels[i]);
        }

        return names;
    }

    public static string Type(Value relationship, QueryContext context)
    {
        if (relationship.RelationshipContent is { } content)
        {
            return content.Type;
        }

        var id = relationship.AsRelationshipId();
        if (context.HasDeletions && context.DeletedRelationships.TryGetValue(id, out var deleted))
        {
            return deleted.Type;
        }

        return context.Graph.Tokens.Name(TokenKind.RelationshipType, context.Graph.GetRelationship(id).Type);
    }

    public static (long Start, long End) Endpoints(Value relationship, QueryContext context)
    {
        if (relationship.RelationshipContent is { } content)
        {
            return (content.StartId, content.EndId);
        }

        var id = relationship.AsRelationshipId();
        if (context.HasDeletions && context.DeletedRelationships.TryGetValue(id, out var deleted))
        {
            return (deleted.StartId, deleted.EndId);
        }

        var record = context.Graph.GetRelationship(id);
        return (record.Start, record.End);
    }

    public static MapValue Properties(Value entity, QueryContext context)
    {
        if (entity.NodeContent is { } node)
        {
            return node.Properties;
        }

        if (entity.RelationshipContent is { } relationship)
        {
            return relationship.Properties;
        }

        var isNode = entity.Kind == ValueKind.Node;
        var id = entity.RawBits;
        if (context.HasDeletions && (isNode ? context.DeletedNodes.ContainsKey(id) : context.DeletedRelationships.ContainsKey(id)))
        {
            throw Deleted(isNode ? "node" : "relationship", id);
        }

        var properties = isNode ? context.Graph.GetNodeProperties(id) : context.Graph.GetRelationshipProperties(id);
        return new MapValue(properties.Select(p => new KeyValuePair<string, Value>(context.Graph.Tokens.Name(TokenKind.PropertyKey, p.Key), p.Value)));
    }

    /// <summary>Gives a node or relationship value its content, so it can travel beyond its transaction.</summary>
    public static Value Detach(Value value, QueryContext context)
    {
        switch (value.Kind)
        {
            case ValueKind.Node when value.NodeContent is null:
                var nodeId = value.AsNodeId();
                if (context.HasDeletions && context.DeletedNodes.TryGetValue(nodeId, out var deletedNode))
                {
                    return Value.Node(nodeId, deletedNode);
                }

                return Value.Node(nodeId, new NodeData(context.Graph.NodeElementId(nodeId), Labels(value, context), Properties(value, context)));
            case ValueKind.Relationship when value.RelationshipContent is null:
                var relationshipId = value.AsRelationshipId();
                if (context.HasDeletions && context.DeletedRelationships.TryGetValue(relationshipId, out var deletedRelationship))
                {
                    return Value.Relationship(relationshipId, deletedRelationship);
                }

                var (start, end) = Endpoints(value, context);
                return Value.Relationship(relationshipId, new RelationshipData(
                    context.Graph.RelationshipElementId(relationshipId), Type(value, context), start, end,
                    context.Graph.NodeElementId(start), context.Graph.NodeElementId(end), Properties(value, context)));
            case ValueKind.Path:
                var path = value.AsPath();
                return Value.Path(new PathValue(
                    path.Nodes.Select(n => Detach(n, context)).ToArray(),
                    path.Relationships.Select(r => Detach(r, context)).ToArray()));
            case ValueKind.List:
                var list = value.AsList();
                Value[]? copy = null;
                for (var i = 0; i < list.Count; i++)
                {
                    var item = list[i];
                    var detached = Detach(item, context);
                    if (copy is null && !ReferenceEquals(detached.Reference, item.Reference))
                    {
                        copy = list.Items.ToArray();
                    }

                    if (copy is not null)
                    {
                        copy[i] = detached;
                    }
                }

                return copy is null ? value : Value.List(new ListValue(copy));
            case ValueKind.Map:
                var map = value.AsMap();
                return map.Values.ToArray().Any(v => v.Kind is ValueKind.Node or ValueKind.Relationship or ValueKind.Path or ValueKind.List or ValueKind.Map)
                    ? Value.Map(new MapValue(map.Entries.Select(e => new KeyValuePair<string, Value>(e.Key, Detach(e.Value, context)))))
                    : value;
            default:
                return value;
        }
    }

    public static CypherException Deleted(string kind, long id) =>
        CypherException.EntityNotFound("DeletedEntityAccess", $"The {kind} with id {id} has been deleted in this transaction.");
}
