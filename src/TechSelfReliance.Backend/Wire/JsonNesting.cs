using System.Text.Json;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Backend.Wire;

/// <summary>
/// What the plain and the typed JSON readers share: parameter objects, lists and maps read one level deeper
/// each, and the depth limit that keeps a hostile request from nesting without end. Thread-safe (stateless).
/// </summary>
internal static class JsonNesting
{
    public const int MaxDepth = 64;

    /// <summary>Reads a value one level below <paramref name="depth"/>.</summary>
    public delegate Value ReadValue(JsonElement element, int depth);

    public static void CheckDepth(int depth)
    {
        if (depth > MaxDepth)
        {
            throw new WireFormatException($"Values nest deeper than {MaxDepth} levels.");
        }
    }

    /// <summary>A request's parameters: a JSON object whose every member is one value, read at depth 1.</summary>
    public static Dictionary<string, Value> ReadParameters(JsonElement element, string notAnObject, ReadValue read)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new WireFormatException(notAnObject);
        }

        var result = new Dictionary<string, Value>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            result[property.Name] = read(property.Value, 1);
        }

        return result;
    }

    public static Value[] ReadItems(JsonElement array, int depth, ReadValue read) =>
        array.EnumerateArray().Select(item => read(item, depth + 1)).ToArray();

    public static MapValue ReadMap(JsonElement map, int depth, ReadValue read) =>
        new(map.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, read(p.Value, depth + 1))));
}
