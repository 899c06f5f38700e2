using System.Globalization;
using System.Text;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Api.Export;

/// <summary>Writes values as Cypher literals and names as quoted identifiers, for exported scripts. Thread-safe (stateless).</summary>
public static class CypherLiteral
{
    /// <summary>A name in backticks, with backticks inside doubled: safe for any label, type or key.</summary>
    public static string Identifier(string name) => "`" + name.Replace("`", "``", StringComparison.Ordinal) + "`";

    public static string Of(Value value) => value.Kind switch
    {
        ValueKind.Null => "null",
        ValueKind.Boolean => value.AsBoolean() ? "true" : "false",
        ValueKind.Integer => value.AsInteger().ToString(CultureInfo.InvariantCulture),
        ValueKind.Float => Float(value.AsFloat()),
        ValueKind.String => String(value.AsString()),
        ValueKind.List => "[" + string.Join(", ", value.AsList().Items.ToArray().Select(Of)) + "]",
        ValueKind.Map => Map(value.AsMap()),
        ValueKind.Date => $"date('{value.AsDate()}')",
        ValueKind.LocalTime => $"localtime('{value.AsLocalTime()}')",
        ValueKind.Time => $"time('{value.AsTime()}')",
        ValueKind.LocalDateTime => $"localdatetime('{value.AsLocalDateTime()}')",
        ValueKind.DateTime => $"datetime('{value.AsDateTime()}')",
        ValueKind.Duration => $"duration('{value.AsDuration()}')",
        ValueKind.Point => value.AsPoint().ToString(),
        _ => throw new ArgumentException($"A {value.Kind} cannot be written as a literal.", nameof(value)),
    };

    public static string Map(MapValue map) =>
        "{" + string.Join(", ", map.Entries.Select(e => $"{Identifier(e.Key)}: {Of(e.Value)}")) + "}";

    public static string String(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('\'');
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\\' => @"\\",
                '\'' => @"\'",
                '\n' => @"\n",
                '\r' => @"\r",
                '\t' => @"\t",
                _ when char.IsControl(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return builder.Append('\'').ToString();
    }

    private static string Float(double value) => value switch
    {
        double.PositiveInfinity => "(1.0/0.0)",
        double.NegativeInfinity => "(-1.0/0.0)",
        _ when double.IsNaN(value) => "(0.0/0.0)",
        _ => value.ToString("R", CultureInfo.InvariantCulture) is var text && (text.Contains('.') || text.Contains('E')) ? text : text + ".0",
    };
}
