using TechSelfReliance.Cypher.Errors;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Functions;

/// <summary>Numeric functions. Integer-in, integer-out where Cypher says so (abs, sign); floats otherwise.</summary>
internal static class MathFunctions
{
    public static IEnumerable<FunctionDefinition> All =>
    [
        new("abs", 1, 1, (a, c) => a[0].Kind switch
        {
            ValueKind.Null => Value.Null,
            ValueKind.Integer => a[0].AsInteger() == long.MinValue
                ? throw CypherException.Arithmetic("IntegerOverflow", "long overflow")
                : Value.Integer(Math.Abs(a[0].AsInteger())),
            ValueKind.Float => Value.Float(Math.Abs(a[0].AsFloat())),
            _ => throw Arguments.WrongType("abs", a[0]),
        }),
        new("sign", 1, 1, (a, c) => a[0].Kind switch
        {
            ValueKind.Null => Value.Null,
            ValueKind.Integer => Value.Integer(Math.Sign(a[0].AsInteger())),
            ValueKind.Float => double.IsNaN(a[0].AsFloat()) ? Value.Integer(0) : Value.Integer(Math.Sign(a[0].AsFloat())),
            _ => throw Arguments.WrongType("sign", a[0]),
        }),
        Unary("ceil", Math.Ceiling),
        Unary("floor", Math.Floor),
        new("round", 1, 3, (a, c) => Round(a)),
        Unary("sqrt", Math.Sqrt),
        Unary("exp", Math.Exp),
        Unary("log", Math.Log),
        Unary("log10", Math.Log10),
        Unary("sin", Math.Sin),
        Unary("cos", Math.Cos),
        Unary("tan", Math.Tan),
        Unary("cot", x => 1 / Math.Tan(x)),
        Unary("asin", Math.Asin),
        Unary("acos", Math.Acos),
        Unary("atan", Math.Atan),
        Unary("degrees", x => x * 180 / Math.PI),
        Unary("radians", x => x * Math.PI / 180),
        Unary("haversin", x => (1 - Math.Cos(x)) / 2),
        new("atan2", 2, 2, (a, c) => a.Any(v => v.IsNull) ? Value.Null : Value.Float(Math.Atan2(Arguments.Number("atan2", a[0]), Arguments.Number("atan2", a[1])))),
        new("pi", 0, 0, (a, c) => Value.Float(Math.PI)),
        new("e", 0, 0, (a, c) => Value.Float(Math.E)),
        new("rand", 0, 0, (a, c) => Value.Float(Random.Shared.NextDouble())),
        new("isNaN", 1, 1, (a, c) => a[0].IsNull ? Value.Null : Value.Boolean(a[0].Kind == ValueKind.Float && double.IsNaN(Arguments.Number("isNaN", a[0])))),
    ];

    private static FunctionDefinition Unary(string name, Func<double, double> function) =>
        new(name, 1, 1, (a, c) => a[0].IsNull ? Value.Null : Value.Float(function(Arguments.Number(name, a[0]))));

    private static Value Round(Value[] a)
    {
        if (a.Any(v => v.IsNull))
        {
            return Value.Null;
        }

        var value = Arguments.Number("round", a[0]);
        if (a.Length == 1)
        {
            return Value.Float(Math.Floor(value + 0.5));
        }

        var precision = (int)Arguments.Integer("round", a[1]);
        var mode = a.Length > 2 ? Arguments.Text("round", a[2]).ToUpperInvariant() : "HALF_UP";
        var rounding = mode switch
        {
            "HALF_UP" => MidpointRounding.AwayFromZero,
            "HALF_EVEN" => MidpointRounding.ToEven,
            "HALF_DOWN" => MidpointRounding.ToZero,
            "UP" => MidpointRounding.AwayFromZero,
            "DOWN" => MidpointRounding.ToZero,
            "CEILING" => MidpointRounding.ToPositiveInfinity,
            "FLOOR" => MidpointRounding.ToNegativeInfinity,
            _ => throw CypherException.Argument("InvalidArgumentValue", $"Unknown rounding mode '{mode}'."),
        };
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return Value.Float(value);
        }

        var scaled = (decimal)value;
        return Value.Float((double)Math.Round(scaled, Math.Clamp(precision, 0, 28), rounding));
    }
}
