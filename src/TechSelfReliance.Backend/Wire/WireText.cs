using System.Globalization;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Backend.Wire;

/// <summary>The text forms shared by both JSON formats: floats, points and temporal type names.</summary>
public static partial class WireText
{
    /// <summary>
    /// A temporal value in ISO 8601 with its seconds always written ("12:30:00", where Cypher's own text
    /// form says "12:30"), as ISO formatters and Query API clients expect.
    /// </summary>
    public static string Temporal(Value value)
    {
        var text = value.Reference!.ToString()!;
        return value.Kind switch
        {
            ValueKind.LocalTime or ValueKind.Time => BareTime().Replace(text, "$1:00", 1),
            ValueKind.LocalDateTime or ValueKind.DateTime => BareDateTimeTime().Replace(text, "T$1:00", 1),
            _ => text,
        };
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(\d{2}:\d{2})(?!:)")]
    private static partial System.Text.RegularExpressions.Regex BareTime();

    [System.Text.RegularExpressions.GeneratedRegex(@"T(\d{2}:\d{2})(?!:)")]
    private static partial System.Text.RegularExpressions.Regex BareDateTimeTime();

    /// <summary>A float as Java prints it for the same value where JSON has no number for it (NaN, infinities).</summary>
    public static string Float(double value) => value switch
    {
        double.PositiveInfinity => "Infinity",
        double.NegativeInfinity => "-Infinity",
        _ when double.IsNaN(value) => "NaN",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };

    public static double ParseFloat(string text) => text switch
    {
        "Infinity" or "+Infinity" => double.PositiveInfinity,
        "-Infinity" => double.NegativeInfinity,
        "NaN" => double.NaN,
        _ => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new WireFormatException($"'{text}' is not a float."),
    };

    /// <summary>Well-known text with its reference system, e.g. <c>SRID=4326;POINT (12.5 55.6)</c>.</summary>
    public static string Point(CypherPoint point)
    {
        static string F(double d) => d.ToString("R", CultureInfo.InvariantCulture);
        return point.Z is { } z
            ? $"SRID={point.Srid};POINT Z ({F(point.X)} {F(point.Y)} {F(z)})"
            : $"SRID={point.Srid};POINT ({F(point.X)} {F(point.Y)})";
    }

    public static CypherPoint ParsePoint(string text)
    {
        var separator = text.IndexOf(';');
        var open = text.IndexOf('(');
        var close = text.LastIndexOf(')');
        if (!text.StartsWith("SRID=", StringComparison.Ordinal) || separator < 0 || open < separator || close < open
            || !int.TryParse(text.AsSpan(5, separator - 5), NumberStyles.Integer, CultureInfo.InvariantCulture, out var srid))
        {
            throw new WireFormatException($"'{text}' is not a point in the form SRID=4326;POINT (x y).");
        }

        var coordinates = text[(open + 1)..close].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(ParseFloat).ToArray();
        return coordinates.Length switch
        {
            2 => new CypherPoint(srid, coordinates[0], coordinates[1], null),
            3 => new CypherPoint(srid, coordinates[0], coordinates[1], coordinates[2]),
            _ => throw new WireFormatException($"'{text}' has {coordinates.Length} coordinates; a point has 2 or 3."),
        };
    }

    /// <summary>The number at the end of an element id ("4:store:17" is 17), or a stable hash for ids of another shape.</summary>
    public static long IdOf(string elementId)
    {
        var colon = elementId.LastIndexOf(':');
        if (long.TryParse(elementId.AsSpan(colon + 1), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id))
        {
            return id;
        }

        long hash = 1469598103934665603;
        foreach (var c in elementId)
        {
            hash = (hash ^ c) * 1099511628211;
        }

        return hash & long.MaxValue;
    }
}
