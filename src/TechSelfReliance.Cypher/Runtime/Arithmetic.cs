using TechSelfReliance.Cypher.Errors;
using TechSelfReliance.Cypher.Runtime.Values;
using TechSelfReliance.Cypher.Temporal;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Runtime;

/// <summary>
/// Cypher's arithmetic: 64-bit integers that fail on overflow instead of wrapping, IEEE floats, string and
/// list concatenation, and temporal ± duration. Null in, null out.
/// </summary>
internal static class Arithmetic
{
    public static Value Add(Value a, Value b)
    {
        if (a.IsNull || b.IsNull)
        {
            return Value.Null;
        }

        if (a.Kind == ValueKind.Integer && b.Kind == ValueKind.Integer)
        {
            return Value.Integer(Checked(() => checked(a.AsInteger() + b.AsInteger())));
        }

        if (a.IsNumber && b.IsNumber)
        {
            return Value.Float(a.AsNumber() + b.AsNumber());
        }

        if (a.Kind == ValueKind.List || b.Kind == ValueKind.List)
        {
            if (a.Kind == ValueKind.List && b.Kind == ValueKind.List)
            {
                return Value.List(new ListValue([.. a.AsList().Items, .. b.AsList().Items]));
            }

            return a.Kind == ValueKind.List
                ? Value.List(new ListValue([.. a.AsList().Items, b]))
                : Value.List(new ListValue([a, .. b.AsList().Items]));
        }

        if (a.Kind == ValueKind.String && b.Kind == ValueKind.String)
        {
            return Value.String(a.AsString() + b.AsString());
        }

        if (a.Kind == ValueKind.String && b.IsNumber || a.IsNumber && b.Kind == ValueKind.String)
        {
            return Value.String(Text(a) + Text(b));
        }

        if (a.Kind == ValueKind.Duration && b.Kind == ValueKind.Duration)
        {
            return Value.Duration(TemporalArithmetic.Add(a.AsDuration(), b.AsDuration()));
        }

        if (a.IsTemporal && b.Kind == ValueKind.Duration)
        {
            return TemporalArithmetic.Add(a, b.AsDuration());
        }

        if (a.Kind == ValueKind.Duration && b.IsTemporal)
        {
            return TemporalArithmetic.Add(b, a.AsDuration());
        }

        throw Unsupported("+", a, b);
    }

    public static Value Subtract(Value a, Value b)
    {
        if (a.IsNull || b.IsNull)
        {
            return Value.Null;
        }

        if (a.Kind == ValueKind.Integer && b.Kind == ValueKind.Integer)
        {
            return Value.Integer(Checked(() => checked(a.AsInteger() - b.AsInteger())));
        }

        if (a.IsNumber && b.IsNumber)
        {
            return Value.Float(a.AsNumber() - b.AsNumber());
        }

        if (a.Kind == ValueKind.Duration && b.Kind == ValueKind.Duration)
        {
            return Value.Duration(TemporalArithmetic.Add(a.AsDuration(), TemporalArithmetic.Negate(b.AsDuration())));
        }

        if (a.IsTemporal && b.Kind == ValueKind.Duration)
        {
            return TemporalArithmetic.Add(a, TemporalArithmetic.Negate(b.AsDuration()));
        }

        throw Unsupported("-", a, b);
    }

    public static Value Multiply(Value a, Value b)
    {
        if (a.IsNull || b.IsNull)
        {
            return Value.Null;
        }

        if (a.Kind == ValueKind.Integer && b.Kind == ValueKind.Integer)
        {
            return Value.Integer(Checked(() => checked(a.AsInteger() * b.AsInteger())));
        }

        if (a.IsNumber && b.IsNumber)
        {
            return Value.Float(a.AsNumber() * b.AsNumber());
        }

        if (a.Kind == ValueKind.Duration && b.IsNumber)
        {
            return Value.Duration(TemporalArithmetic.Multiply(a.AsDuration(), b));
        }

        if (a.IsNumber && b.Kind == ValueKind.Duration)
        {
            return Value.Duration(TemporalArithmetic.Multiply(b.AsDuration(), a));
        }

        throw Unsupported("*", a, b);
    }

    public static Value Divide(Value a, Value b)
    {
        if (a.IsNull || b.IsNull)
        {
            return Value.Null;
        }

        if (a.Kind == ValueKind.Integer && b.Kind == ValueKind.Integer)
        {
            var divisor = b.AsInteger();
            if (divisor == 0)
            {
                throw CypherException.Arithmetic("DivisionByZero", "/ by zero");
            }

            return Value.Integer(Checked(() => a.AsInteger() == long.MinValue && divisor == -1 ? throw new OverflowException() : a.AsInteger() / divisor));
        }

        if (a.IsNumber && b.IsNumber)
        {
            return Value.Float(a.AsNumber() / b.AsNumber());
        }

        if (a.Kind == ValueKind.Duration && b.IsNumber)
        {
            return Value.Duration(TemporalArithmetic.Divide(a.AsDuration(), b));
        }

        throw Unsupported("/", a, b);
    }

    public static Value Modulo(Value a, Value b)
    {
        if (a.IsNull || b.IsNull)
        {
            return Value.Null;
        }

        if (a.Kind == ValueKind.Integer && b.Kind == ValueKind.Integer)
        {
            var divisor = b.AsInteger();
            if (divisor == 0)
            {
                throw CypherException.Arithmetic("DivisionByZero", "/ by zero");
            }

            return Value.Integer(divisor == -1 ? 0 : a.AsInteger() % divisor);
        }

        if (a.IsNumber && b.IsNumber)
        {
            return Value.Float(a.AsNumber() % b.AsNumber());
        }

        throw Unsupported("%", a, b);
    }

    public static Value Power(Value a, Value b)
    {
        if (a.IsNull || b.IsNull)
        {
            return Value.Null;
        }

        if (a.IsNumber && b.IsNumber)
        {
            return Value.Float(Math.Pow(a.AsNumber(), b.AsNumber()));
        }

        throw Unsupported("^", a, b);
    }

    public static Value Negate(Value a) => a.Kind switch
    {
        ValueKind.Null => Value.Null,
        ValueKind.Integer => Value.Integer(Checked(() => checked(-a.AsInteger()))),
        ValueKind.Float => Value.Float(-a.AsFloat()),
        ValueKind.Duration => Value.Duration(TemporalArithmetic.Negate(a.AsDuration())),
        _ => throw CypherException.Type("InvalidArgumentType", $"Cannot negate {CypherTypeNames.Of(a)}."),
    };

    public static Value UnaryPlus(Value a) => a.Kind is ValueKind.Null or ValueKind.Integer or ValueKind.Float or ValueKind.Duration
        ? a
        : throw CypherException.Type("InvalidArgumentType", $"Cannot apply unary plus to {CypherTypeNames.Of(a)}.");

    private static string Text(Value value) => value.Kind switch
    {
        ValueKind.String => value.AsString(),
        ValueKind.Float => Functions.Conversions.FloatToString(value.AsFloat()),
        _ => value.ToString(),
    };

    private static long Checked(Func<long> compute)
    {
        try
        {
            return compute();
        }
        catch (OverflowException)
        {
            throw CypherException.Arithmetic("IntegerOverflow", "long overflow");
        }
    }

    private static CypherException Unsupported(string op, Value a, Value b) =>
        CypherException.Type("InvalidArgumentType", $"Cannot apply {op} to {CypherTypeNames.Of(a)} and {CypherTypeNames.Of(b)}.");
}
