using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Api.Contracts;

/// <summary>Turns Cypher values into plain JSON-serializable objects: numbers, strings, lists, maps; temporals and points as text.</summary>
public static class PropertyJson
{
    public static object? ToPlain(Value value) => value.Kind switch
    {
        ValueKind.Null => null,
        ValueKind.Boolean => value.AsBoolean(),
        ValueKind.Integer => value.AsInteger(),
        ValueKind.Float => double.IsFinite(value.AsFloat()) ? value.AsFloat() : Backend.Wire.WireText.Float(value.AsFloat()),
        ValueKind.String => value.AsString(),
        ValueKind.List => value.AsList().Items.ToArray().Select(ToPlain).ToArray(),
        ValueKind.Map => ToPlain(value.AsMap()),
        ValueKind.Point => Backend.Wire.WireText.Point(value.AsPoint()),
        _ => value.Reference?.ToString(),
    };

    public static IReadOnlyDictionary<string, object?> ToPlain(MapValue map)
    {
        var result = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, item) in map.Entries)
        {
            result[key] = ToPlain(item);
        }

        return result;
    }
}
