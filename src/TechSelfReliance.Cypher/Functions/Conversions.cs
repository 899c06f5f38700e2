using System.Globalization;
using TechSelfReliance.Cypher.Errors;
using TechSelfReliance.Cypher.Runtime.Values;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Functions;

/// <summary>toString, toInteger, toFloat, toBoolean and the text forms of values, as Neo4j writes them.</summary>
internal static class Conversions
{
    /// <summary>A float as Java prints it: shortest digits, ".0" for whole numbers, E notation outside [1e-3, 1e7).</summary>
    public static string FloatToString(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        if (value == 0)
        {
            return double.IsNegative(value) ? "-0.0" : "0.0";
        }

        var abs = Math.Abs(value);
        if (abs >= 1e-3 && abs < 1e7)
        {
            var text = value.ToString("R", CultureInfo.InvariantCulture);
            if (text.Contains('E', StringComparison.Ordinal))
            {
                text = value.ToString("0.###################", CultureInfo.InvariantCulture);
            }

            return text.Contains('.', StringComparison.Ordinal) ? text : text + ".0";
        }

        var scientific = value.ToString("E16", CultureInfo.InvariantCulture);
        var shortest = value.ToString("R", CultureInfo.InvariantCulture);
        var digits = shortest.Replace("-", string.Empty, StringComparison.Ordinal).Split('E')[0].Replace(".", string.Empty, StringComparison.Ordinal).TrimStart('0');
        var exponent = int.Parse(scientific.Split('E')[1], CultureInfo.InvariantCulture);
        digits = digits.TrimEnd('0');
        if (digits.Length == 0)
        {
            digits = "0";
        }

        var mantissa = digits.Length == 1 ? digits + ".0" : digits[0] + "." + digits[1..];
        return (value < 0 ? "-" : string.Empty) + mantissa + "E" + exponent.ToString(CultureInfo.InvariantCulture);
    }

    public static Value ToStringValue(Value value) => value.Kind switch
    {
        ValueKind.Null => Value.Null,
        ValueKind.String => value,
        ValueKind.Integer => Value.String(value.AsInteger().ToString(CultureInfo.InvariantCulture)),
        ValueKind.Float => Value.String(FloatToString(value.AsFloat())),
        ValueKind.Boolean => Value.String(value.AsBoolean() ? "true" : "false"),
        ValueKind.Date or ValueKind.LocalTime or ValueKind.Time or ValueKind.LocalDateTime or ValueKind.DateTime or ValueKind.Duration or ValueKind.Point
            => Value.String(value.Reference!.ToString()!),
        _ => throw CypherException.Type("InvalidArgumentValue", $"toString() cannot convert {CypherTypeNames.Of(value)}."),
    };

    public static Value ToInteger(Value value)
    {
        switch (value.Kind)
        {
            case ValueKind.Null:
                return Value.Null;
            case ValueKind.Integer:
                return value;
            case ValueKind.Float:
                var number = value.AsFloat();
                if (double.IsNaN(number) || number >= 9.2233720368547758E18 || number < -9.2233720368547758E18)
                {
                    return double.IsNaN(number) ? Value.Null : throw CypherException.Arithmetic("IntegerOverflow", $"{number} is too large for an integer.");
                }

                return Value.Integer((long)Math.Truncate(number));
            case ValueKind.Boolean:
                return Value.Integer(value.AsBoolean() ? 1 : 0);
            case ValueKind.String:
                return ParseInteger(value.AsString());
            default:
                throw CypherException.Type("InvalidArgumentValue", $"toInteger() cannot convert {CypherTypeNames.Of(value)}.");
        }
    }

    public static Value ToFloat(Value value)
    {
        switch (value.Kind)
        {
            case ValueKind.Null:
                return Value.Null;
            case ValueKind.Float:
                return value;
            case ValueKind.Integer:
                return Value.Float(value.AsInteger());
            case ValueKind.String:
                var text = value.AsString().Trim();
                return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && !text.EndsWith('.')
                    ? Value.Float(parsed)
                    : text switch
                    {
                        "NaN" => Value.Float(double.NaN),
                        "Infinity" or "+Infinity" => Value.Float(double.PositiveInfinity),
                        "-Infinity" => Value.Float(double.NegativeInfinity),
                        _ => Value.Null,
                    };
            default:
                throw CypherException.Type("InvalidArgumentValue", $"toFloat() cannot convert {CypherTypeNames.Of(value)}.");
        }
    }

    public static Value ToBoolean(Value value)
    {
        switch (value.Kind)
        {
            case ValueKind.Null:
                return Value.Null;
            case ValueKind.Boolean:
                return value;
            case ValueKind.String:
                var text = value.AsString().Trim();
                return string.Equals(text, "true", StringComparison.OrdinalIgnoreCase) ? Value.True
                    : string.Equals(text, "false", StringComparison.OrdinalIgnoreCase) ? Value.False
                    : Value.Null;
            case ValueKind.Integer:
                return Value.Boolean(value.AsInteger() != 0);
            default:
                throw CypherException.Type("InvalidArgumentValue", $"toBoolean() cannot convert {CypherTypeNames.Of(value)}.");
        }
    }

    private static Value ParseInteger(string text)
    {
        var trimmed = text.Trim();
        if (long.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return Value.Integer(integer);
        }

        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && !double.IsNaN(number) && !double.IsInfinity(number))
        {
            if (number >= 9.2233720368547758E18 || number < -9.2233720368547758E18)
            {
                return Value.Null;
            }

            return Value.Integer((long)Math.Truncate(number));
        }

        return Value.Null;
    }
}
