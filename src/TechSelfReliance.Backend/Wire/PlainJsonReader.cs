using System.Text.Json;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Backend.Wire;

/// <summary>
/// Reads request parameters in plain JSON: whole numbers that fit 64 bits become integers, other numbers
/// floats; objects become maps. Thread-safe (stateless).
/// </summary>
public static class PlainJsonReader
{
    public static Value Read(JsonElement element) => Read(element, 0);

    public static Dictionary<string, Value> ReadMap(JsonElement element) =>
        JsonNesting.ReadParameters(element, "Parameters must be a JSON object.", Read);

    private static Value Read(JsonElement element, int depth)
    {
        JsonNesting.CheckDepth(depth);
        return element.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined => Value.Null,
            JsonValueKind.True => Value.True,
            JsonValueKind.False => Value.False,
            JsonValueKind.String => Value.String(element.GetString()!),
            JsonValueKind.Number => element.TryGetInt64(out var integer) ? Value.Integer(integer) : Value.Float(element.GetDouble()),
            JsonValueKind.Array => Value.List(new ListValue(JsonNesting.ReadItems(element, depth, Read))),
            JsonValueKind.Object => Value.Map(JsonNesting.ReadMap(element, depth, Read)),
            _ => throw new WireFormatException($"Unsupported JSON value {element.ValueKind}."),
        };
    }
}
