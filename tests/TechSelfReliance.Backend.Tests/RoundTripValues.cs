using System.Globalization;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Backend.Tests;

/// <summary>One value of every type (and the edges of the ranges), by name, and a description that compares them.</summary>
public static class RoundTripValues
{
    public static readonly IReadOnlyDictionary<string, Value> ByName = new Dictionary<string, Value>
    {
        ["null"] = Value.Null,
        ["true"] = Value.True,
        ["false"] = Value.False,
        ["integer zero"] = Value.Integer(0),
        ["integer max"] = Value.Integer(long.MaxValue),
        ["integer min"] = Value.Integer(long.MinValue),
        ["float"] = Value.Float(3.141592653589793),
        ["float tiny"] = Value.Float(double.Epsilon),
        ["float huge"] = Value.Float(-1.7976931348623157e308),
        ["float negative zero"] = Value.Float(-0.0),
        ["string empty"] = Value.String(string.Empty),
        ["string unicode"] = Value.String("自力更生 — self-reliance ✓ \"quoted\" \\ back\nline"),
        ["list"] = Value.List(Value.Integer(1), Value.String("two"), Value.Null, Value.List(Value.Float(3.5))),
        ["list empty"] = Value.List(ListValue.Empty),
        ["map"] = Value.Map(new MapValue([KeyValuePair.Create("name", Value.String("SMIC")), KeyValuePair.Create("nested", Value.Map(new MapValue([KeyValuePair.Create("n", Value.Integer(1))])))])),
        ["date"] = Value.Date(CypherDate.Of(2019, 5, 15)),
        ["date far"] = Value.Date(CypherDate.Of(-9999, 1, 1)),
        ["local time"] = Value.LocalTime(new CypherLocalTime((((13 * 60) + 5) * 60 * 1_000_000_000L) + 7)),
        ["time"] = Value.Time(new CypherTime(12 * 3_600_000_000_000L, -5 * 3600)),
        ["local date time"] = Value.LocalDateTime(new CypherLocalDateTime(CypherDate.Of(2020, 1, 31).EpochDay, 1)),
        ["date time offset"] = Value.DateTime(new CypherDateTime(new CypherLocalDateTime(CypherDate.Of(2020, 6, 1).EpochDay, 3_600_000_000_000L), 28800, null)),
        ["date time zoned"] = Value.DateTime(new CypherDateTime(new CypherLocalDateTime(CypherDate.Of(2020, 6, 1).EpochDay, 3_600_000_000_000L), 7200, "Europe/Amsterdam")),
        ["duration"] = Value.Duration(new CypherDuration(14, 3, 3725, 500)),
        ["point cartesian"] = Value.Point(new CypherPoint(7203, 1.5, -2.25, null)),
        ["point wgs84 3d"] = Value.Point(new CypherPoint(4979, 116.397, 39.909, 44.5)),
    };

    public static IEnumerable<string> Names => ByName.Keys;

    /// <summary>A text that two values share exactly when they are the same value (floats by their bits).</summary>
    public static string Describe(Value value) => value.Kind switch
    {
        ValueKind.Float => BitConverter.DoubleToInt64Bits(value.AsFloat()).ToString(CultureInfo.InvariantCulture),
        ValueKind.List => "[" + string.Join(",", value.AsList().Items.ToArray().Select(Describe)) + "]",
        ValueKind.Map => "{" + string.Join(",", value.AsMap().Entries.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => e.Key + ":" + Describe(e.Value))) + "}",
        _ => $"{value.Kind}:{value}",
    };
}
