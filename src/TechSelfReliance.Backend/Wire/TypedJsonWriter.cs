using System.Text.Json;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Backend.Wire;

/// <summary>
/// Writes values in Neo4j's typed JSON (media type application/vnd.neo4j.query): every value is
/// <c>{"$type": …, "_value": …}</c>, so integers, floats, temporals and graph elements keep their types.
/// Thread-safe (stateless).
/// </summary>
public static class TypedJsonWriter
{
    public static void Write(Utf8JsonWriter writer, Value value)
    {
        writer.WriteStartObject();
        writer.WriteString("$type", TypeName(value));
        writer.WritePropertyName("_value");
        WriteContent(writer, value);
        writer.WriteEndObject();
    }

    public static string TypeName(Value value) => value.Kind switch
    {
        ValueKind.Null => "Null",
        ValueKind.Boolean => "Boolean",
        ValueKind.Integer => "Integer",
        ValueKind.Float => "Float",
        ValueKind.String => "String",
        ValueKind.List => "List",
        ValueKind.Map => "Map",
        ValueKind.Node => "Node",
        ValueKind.Relationship => "Relationship",
        ValueKind.Path => "Path",
        ValueKind.Date => "Date",
        ValueKind.LocalTime => "LocalTime",
        ValueKind.Time => "Time",
        ValueKind.LocalDateTime => "LocalDateTime",
        ValueKind.DateTime => value.AsDateTime().ZoneId is null ? "OffsetDateTime" : "ZonedDateTime",
        ValueKind.Duration => "Duration",
        ValueKind.Point => "Point",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value.Kind, "Unknown value kind."),
    };

    private static void WriteContent(Utf8JsonWriter writer, Value value)
    {
        switch (value.Kind)
        {
            case ValueKind.Null:
                writer.WriteNullValue();
                break;
            case ValueKind.Boolean:
                writer.WriteBooleanValue(value.AsBoolean());
                break;
            case ValueKind.Integer:
                writer.WriteStringValue(value.AsInteger().ToString(System.Globalization.CultureInfo.InvariantCulture));
                break;
            case ValueKind.Float:
                writer.WriteStringValue(WireText.Float(value.AsFloat()));
                break;
            case ValueKind.String:
                writer.WriteStringValue(value.AsString());
                break;
            case ValueKind.List:
                writer.WriteStartArray();
                foreach (var item in value.AsList().Items)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case ValueKind.Map:
                WriteMap(writer, value.AsMap());
                break;
            case ValueKind.Node:
                WriteNode(writer, value);
                break;
            case ValueKind.Relationship:
                WriteRelationship(writer, value);
                break;
            case ValueKind.Path:
                var path = value.AsPath();
                writer.WriteStartArray();
                for (var i = 0; i < path.Nodes.Length; i++)
                {
                    Write(writer, path.Nodes[i]);
                    if (i < path.Relationships.Length)
                    {
                        Write(writer, path.Relationships[i]);
                    }
                }

                writer.WriteEndArray();
                break;
            case ValueKind.Point:
                writer.WriteStringValue(WireText.Point(value.AsPoint()));
                break;
            default:
                writer.WriteStringValue(WireText.Temporal(value));
                break;
        }
    }

    private static void WriteMap(Utf8JsonWriter writer, MapValue map)
    {
        writer.WriteStartObject();
        foreach (var (key, item) in map.Entries)
        {
            writer.WritePropertyName(key);
            Write(writer, item);
        }

        writer.WriteEndObject();
    }

    private static void WriteNode(Utf8JsonWriter writer, Value value)
    {
        var node = value.NodeContent ?? throw new InvalidOperationException("A node value in a result must carry its content.");
        writer.WriteStartObject();
        writer.WriteString("_element_id", node.ElementId);
        writer.WriteStartArray("_labels");
        foreach (var label in node.Labels)
        {
            writer.WriteStringValue(label);
        }

        writer.WriteEndArray();
        writer.WritePropertyName("_properties");
        WriteMap(writer, node.Properties);
        writer.WriteEndObject();
    }

    private static void WriteRelationship(Utf8JsonWriter writer, Value value)
    {
        var relationship = value.RelationshipContent ?? throw new InvalidOperationException("A relationship value in a result must carry its content.");
        writer.WriteStartObject();
        writer.WriteString("_element_id", relationship.ElementId);
        writer.WriteString("_start_node_element_id", relationship.StartElementId);
        writer.WriteString("_end_node_element_id", relationship.EndElementId);
        writer.WriteString("_type", relationship.Type);
        writer.WritePropertyName("_properties");
        WriteMap(writer, relationship.Properties);
        writer.WriteEndObject();
    }
}
