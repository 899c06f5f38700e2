using System.Text.Json;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Backend.Wire;

/// <summary>
/// Writes values in the Query API's plain JSON: numbers as numbers, temporals and points as text, nodes as
/// <c>{elementId, labels, properties}</c>, relationships as <c>{elementId, startNodeElementId, endNodeElementId,
/// type, properties}</c>, paths as the alternating list of their nodes and relationships. Thread-safe (stateless).
/// </summary>
public static class PlainJsonWriter
{
    public static void Write(Utf8JsonWriter writer, Value value)
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
                writer.WriteNumberValue(value.AsInteger());
                break;
            case ValueKind.Float:
                var number = value.AsFloat();
                if (double.IsFinite(number))
                {
                    writer.WriteNumberValue(number);
                }
                else
                {
                    writer.WriteStringValue(WireText.Float(number));
                }

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
                var node = value.NodeContent ?? throw new InvalidOperationException("A node value in a result must carry its content.");
                writer.WriteStartObject();
                writer.WriteString("elementId", node.ElementId);
                writer.WriteStartArray("labels");
                foreach (var label in node.Labels)
                {
                    writer.WriteStringValue(label);
                }

                writer.WriteEndArray();
                writer.WritePropertyName("properties");
                WriteMap(writer, node.Properties);
                writer.WriteEndObject();
                break;
            case ValueKind.Relationship:
                var relationship = value.RelationshipContent ?? throw new InvalidOperationException("A relationship value in a result must carry its content.");
                writer.WriteStartObject();
                writer.WriteString("elementId", relationship.ElementId);
                writer.WriteString("startNodeElementId", relationship.StartElementId);
                writer.WriteString("endNodeElementId", relationship.EndElementId);
                writer.WriteString("type", relationship.Type);
                writer.WritePropertyName("properties");
                WriteMap(writer, relationship.Properties);
                writer.WriteEndObject();
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
}
