using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Runtime.Values;

/// <summary>Cypher's names for value types, as they appear in error messages and valueType().</summary>
internal static class CypherTypeNames
{
    public static string Of(Value value) => value.Kind switch
    {
        ValueKind.Null => "NULL",
        ValueKind.Boolean => "BOOLEAN",
        ValueKind.Integer => "INTEGER",
        ValueKind.Float => "FLOAT",
        ValueKind.String => "STRING",
        ValueKind.List => "LIST",
        ValueKind.Map => "MAP",
        ValueKind.Node => "NODE",
        ValueKind.Relationship => "RELATIONSHIP",
        ValueKind.Path => "PATH",
        ValueKind.Date => "DATE",
        ValueKind.LocalTime => "LOCAL TIME",
        ValueKind.Time => "ZONED TIME",
        ValueKind.LocalDateTime => "LOCAL DATETIME",
        ValueKind.DateTime => "ZONED DATETIME",
        ValueKind.Duration => "DURATION",
        ValueKind.Point => "POINT",
        _ => value.Kind.ToString().ToUpperInvariant(),
    };
}
