using TechSelfReliance.Cypher.Runtime;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Functions;

/// <summary>Functions over nodes, relationships and paths.</summary>
internal static class GraphFunctions
{
    public static IEnumerable<FunctionDefinition> All =>
    [
        new("id", 1, 1, (a, c) => a[0].Kind switch
        {
            ValueKind.Null => Value.Null,
            ValueKind.Node or ValueKind.Relationship => Value.Integer(a[0].RawBits),
            _ => throw Arguments.WrongType("id", a[0]),
        }),
        new("elementId", 1, 1, (a, c) => a[0].Kind switch
        {
            ValueKind.Null => Value.Null,
            ValueKind.Node => Value.String(a[0].NodeContent?.ElementId ?? c.Graph.NodeElementId(a[0].RawBits)),
            ValueKind.Relationship => Value.String(a[0].RelationshipContent?.ElementId ?? c.Graph.RelationshipElementId(a[0].RawBits)),
            _ => throw Arguments.WrongType("elementId", a[0]),
        }),
        new("labels", 1, 1, (a, c) => a[0].Kind switch
        {
            ValueKind.Null => Value.Null,
            ValueKind.Node => Value.List(new ListValue(EntityAccess.Labels(a[0], c).Select(Value.String))),
            _ => throw Errors.CypherException.Type("InvalidArgumentValue", $"labels() needs a node, not {a[0]}."),
        }),
        new("type", 1, 1, (a, c) => a[0].Kind switch
        {
            ValueKind.Null => Value.Null,
            ValueKind.Relationship => Value.String(EntityAccess.Type(a[0], c)),
            _ => throw Arguments.WrongType("type", a[0]),
        }),
        new("keys", 1, 1, (a, c) => a[0].Kind switch
        {
            ValueKind.Null => Value.Null,
            ValueKind.Node or ValueKind.Relationship => Value.List(new ListValue(EntityAccess.Properties(a[0], c).Keys.Select(Value.String))),
            ValueKind.Map => Value.List(new ListValue(a[0].AsMap().Keys.Select(Value.String))),
            _ => throw Arguments.WrongType("keys", a[0]),
        }),
        new("properties", 1, 1, (a, c) => a[0].Kind switch
        {
            ValueKind.Null => Value.Null,
            ValueKind.Node or ValueKind.Relationship => Value.Map(EntityAccess.Properties(a[0], c)),
            ValueKind.Map => a[0],
            _ => throw Arguments.WrongType("properties", a[0]),
        }),
        new("startNode", 1, 1, (a, c) => a[0].Kind switch
        {
            ValueKind.Null => Value.Null,
            ValueKind.Relationship => Value.Node(EntityAccess.Endpoints(a[0], c).Start),
            _ => throw Arguments.WrongType("startNode", a[0]),
        }),
        new("endNode", 1, 1, (a, c) => a[0].Kind switch
        {
            ValueKind.Null => Value.Null,
            ValueKind.Relationship => Value.Node(EntityAccess.Endpoints(a[0], c).End),
            _ => throw Arguments.WrongType("endNode", a[0]),
        }),
        new("nodes", 1, 1, (a, c) => a[0].Kind switch
        {
            ValueKind.Null => Value.Null,
            ValueKind.Path => Value.List(new ListValue(a[0].AsPath().Nodes)),
            _ => throw Arguments.WrongType("nodes", a[0]),
        }),
        new("relationships", 1, 1, (a, c) => a[0].Kind switch
        {
            ValueKind.Null => Value.Null,
            ValueKind.Path => Value.List(new ListValue(a[0].AsPath().Relationships)),
            _ => throw Arguments.WrongType("relationships", a[0]),
        }),
        new("length", 1, 1, (a, c) => a[0].Kind switch
        {
            ValueKind.Null => Value.Null,
            ValueKind.Path => Value.Integer(a[0].AsPath().Length),
            _ => throw Arguments.WrongType("length", a[0]),
        }),
    ];
}
