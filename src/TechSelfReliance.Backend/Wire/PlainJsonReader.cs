using System.Text.Json;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Backend.Wire;

/// <summary>
/// Reads request parameters in plain JSON: whole numbers that fit 64 bits become integers, other numbers
/// floats; objects become maps. Thread-safe (stateless).
/// </summary>
public static class PlainJsonReader
{
    private const int MaxDepth = 64;

    public static Value Read(JsonElement element) => Read(element, 0);

    public static Dictionary<string, Value> ReadMap(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new WireFormatException("Parameters must be a JSON object.");
        }

        var result = new Dictionary<string, Value>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            result[property.Name] = Read(property.Value, 1);
        }

        return result;
    }

    private static Value Read(JsonElement element, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new WireFormatException($"Values nest deeper than {MaxDepth} levels.");
        }

        return element.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined => Value.Null,
            JsonValueKind.True => Value.True,
            JsonValueKind.False => Value.False,
            JsonValueKind.String => Value.String(element.GetString()!),
            JsonValueKind.Number => element.TryGetInt64(out var integer) ? Value.Integer(integer) : Value.Float(element.GetDouble()),
            JsonValueKind.Array => Value.List(new ListValue(element.EnumerateArray().Select(item => Read(item, depth + 1)).ToArray())),
            JsonValueKind.Object => Value.Map(new MapValue(element.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, Read(p.Value, depth + 1))))),
            _ => throw new WireFormatException($"Unsupported JSON value {element.ValueKind}."),
        };
    }
}
