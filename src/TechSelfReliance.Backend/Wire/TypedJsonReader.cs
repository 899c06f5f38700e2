using System.Globalization;
using System.Text.Json;
using TechSelfReliance.Cypher.Errors;
using TechSelfReliance.Cypher.Temporal;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Backend.Wire;

/// <summary>
/// Reads values in Neo4j's typed JSON (<c>{"$type": …, "_value": …}</c>): request parameters sent with
/// Content-Type application/vnd.neo4j.query, and the results of a Neo4j server. Malformed input raises
/// <see cref="WireFormatException"/>. Thread-safe (stateless).
/// </summary>
public static class TypedJsonReader
{
    public static Value Read(JsonElement element) => Read(element, 0);

    public static Dictionary<string, Value> ReadMap(JsonElement element) =>
        JsonNesting.ReadParameters(element, "Typed JSON parameters must be an object of {\"$type\", \"_value\"} entries.", Read);

    private static Value Read(JsonElement element, int depth)
    {
        JsonNesting.CheckDepth(depth);
        if (element.ValueKind != JsonValueKind.Object
            || !element.TryGetProperty("$type", out var typeElement) || typeElement.ValueKind != JsonValueKind.String
            || !element.TryGetProperty("_value", out var content))
        {
            throw new WireFormatException("A typed JSON value must be an object {\"$type\": \"…\", \"_value\": …}.");
        }

        var type = typeElement.GetString()!;
        try
        {
            return type switch
            {
                "Null" => Value.Null,
                "Boolean" => content.ValueKind switch
                {
                    JsonValueKind.True => Value.True,
                    JsonValueKind.False => Value.False,
                    _ => throw Mismatch(type, content),
                },
                "Integer" => Value.Integer(long.TryParse(Text(type, content), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer)
                    ? integer
                    : throw new WireFormatException($"'{content}' is not a 64-bit integer.")),
                "Float" => Value.Float(content.ValueKind == JsonValueKind.Number ? content.GetDouble() : WireText.ParseFloat(Text(type, content))),
                "String" => Value.String(Text(type, content)),
                "Date" => Value.Date(TemporalText.ParseDate(Text(type, content))),
                "LocalTime" => Value.LocalTime(TemporalText.ParseLocalTime(Text(type, content))),
                "Time" => Value.Time(TemporalText.ParseTime(Text(type, content))),
                "LocalDateTime" => Value.LocalDateTime(TemporalText.ParseLocalDateTime(Text(type, content))),
                "OffsetDateTime" or "ZonedDateTime" => Value.DateTime(TemporalText.ParseDateTime(Text(type, content))),
                "Duration" => Value.Duration(TemporalText.ParseDuration(Text(type, content))),
                "Point" => Value.Point(WireText.ParsePoint(Text(type, content))),
                "List" => content.ValueKind == JsonValueKind.Array
                    ? Value.List(new ListValue(JsonNesting.ReadItems(content, depth, Read)))
                    : throw Mismatch(type, content),
                "Map" => content.ValueKind == JsonValueKind.Object
                    ? Value.Map(JsonNesting.ReadMap(content, depth, Read))
                    : throw Mismatch(type, content),
                "Node" => ReadNode(content, depth),
                "Relationship" => ReadRelationship(content, depth),
                "Path" => ReadPath(content, depth),
                "Base64" => throw new WireFormatException("Byte arrays (Base64) are not supported by this server."),
                _ => throw new WireFormatException($"Unknown typed JSON type '{type}'."),
            };
        }
        catch (CypherException error)
        {
            throw new WireFormatException($"Invalid {type} value: {error.Message}", error);
        }
    }

    private static string Text(string type, JsonElement content) =>
        content.ValueKind == JsonValueKind.String ? content.GetString()! : throw Mismatch(type, content);

    private static WireFormatException Mismatch(string type, JsonElement content) =>
        new($"A {type} value cannot be written as JSON {content.ValueKind}.");

    private static Value ReadNode(JsonElement content, int depth)
    {
        var elementId = content.GetProperty("_element_id").GetString()!;
        var labels = content.GetProperty("_labels").EnumerateArray().Select(l => l.GetString()!).ToArray();
        var properties = ReadProperties(content, depth);
        return Value.Node(WireText.IdOf(elementId), new NodeData(elementId, labels, properties));
    }

    private static Value ReadRelationship(JsonElement content, int depth)
    {
        var elementId = content.GetProperty("_element_id").GetString()!;
        var start = content.GetProperty("_start_node_element_id").GetString()!;
        var end = content.GetProperty("_end_node_element_id").GetString()!;
        var type = content.GetProperty("_type").GetString()!;
        return Value.Relationship(WireText.IdOf(elementId),
            new RelationshipData(elementId, type, WireText.IdOf(start), WireText.IdOf(end), start, end, ReadProperties(content, depth)));
    }

    private static MapValue ReadProperties(JsonElement content, int depth) =>
        content.TryGetProperty("_properties", out var properties) && properties.ValueKind == JsonValueKind.Object
            ? JsonNesting.ReadMap(properties, depth, Read)
            : MapValue.Empty;

    private static Value ReadPath(JsonElement content, int depth)
    {
        var elements = JsonNesting.ReadItems(content, depth, Read);
        if (elements.Length % 2 == 0)
        {
            throw new WireFormatException("A path alternates nodes and relationships, starting and ending with a node.");
        }

        var nodes = elements.Where((_, i) => i % 2 == 0).ToArray();
        var relationships = elements.Where((_, i) => i % 2 == 1).ToArray();
        return Value.Path(new PathValue(nodes, relationships));
    }
}
