using System.Globalization;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Graph.Import;

/// <summary>Converts CSV fields to values of their column's declared type.</summary>
internal static class CsvValues
{
    public static Value Convert(string text, CsvValueType type, string path, int line) => type switch
    {
        CsvValueType.Integer => long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var integer)
            ? Value.Integer(integer) : throw new FormatException($"{path}, line {line}: '{text}' is not an integer."),
        CsvValueType.Float => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? Value.Float(number) : throw new FormatException($"{path}, line {line}: '{text}' is not a number."),
        CsvValueType.Boolean => bool.TryParse(text, out var flag)
            ? Value.Boolean(flag) : throw new FormatException($"{path}, line {line}: '{text}' is not true or false."),
        _ => Value.String(text),
    };
}
