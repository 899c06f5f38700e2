using TechSelfReliance.Cypher.Errors;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Functions;

/// <summary>Functions over lists (and size() over strings).</summary>
internal static class ListFunctions
{
    public static IEnumerable<FunctionDefinition> All =>
    [
        new("size", 1, 1, (a, c) => a[0].Kind switch
        {
            ValueKind.Null => Value.Null,
            ValueKind.List => Value.Integer(a[0].AsList().Count),
            ValueKind.String => Value.Integer(new System.Globalization.StringInfo(a[0].AsString()).LengthInTextElements),
            _ => throw Arguments.WrongType("size", a[0]),
        }),
        new("head", 1, 1, (a, c) => a[0].Kind switch
        {
            ValueKind.Null => Value.Null,
            ValueKind.List => a[0].AsList().Count > 0 ? a[0].AsList()[0] : Value.Null,
            _ => throw Arguments.WrongType("head", a[0]),
        }),
        new("last", 1, 1, (a, c) => a[0].Kind switch
        {
            ValueKind.Null => Value.Null,
            ValueKind.List => a[0].AsList().Count > 0 ? a[0].AsList()[^1] : Value.Null,
            _ => throw Arguments.WrongType("last", a[0]),
        }),
        new("tail", 1, 1, (a, c) => a[0].Kind switch
        {
            ValueKind.Null => Value.Null,
            ValueKind.List => Value.List(new ListValue(a[0].AsList().Items.Length > 0 ? a[0].AsList().Items[1..].ToArray() : [])),
            _ => throw Arguments.WrongType("tail", a[0]),
        }),
        new("isEmpty", 1, 1, (a, c) => a[0].Kind switch
        {
            ValueKind.Null => Value.Null,
            ValueKind.List => Value.Boolean(a[0].AsList().Count == 0),
            ValueKind.String => Value.Boolean(a[0].AsString().Length == 0),
            ValueKind.Map => Value.Boolean(a[0].AsMap().Count == 0),
            _ => throw Arguments.WrongType("isEmpty", a[0]),
        }),
        new("reverse", 1, 1, (a, c) => a[0].Kind switch
        {
            ValueKind.Null => Value.Null,
            ValueKind.List => Value.List(new ListValue(a[0].AsList().Items.ToArray().Reverse().ToArray())),
            ValueKind.String => Value.String(new string(a[0].AsString().Reverse().ToArray())),
            _ => throw Arguments.WrongType("reverse", a[0]),
        }),
        new("coalesce", 1, int.MaxValue, (a, c) => a.FirstOrDefault(v => !v.IsNull)),
        new("range", 2, 3, (a, c) => Range(a)),
    ];

    private static Value Range(Value[] a)
    {
        if (a.Any(v => v.IsNull))
        {
            return Value.Null;
        }

        foreach (var argument in a)
        {
            if (argument.Kind != ValueKind.Integer)
            {
                throw Arguments.WrongType("range", argument);
            }
        }

        var start = a[0].AsInteger();
        var end = a[1].AsInteger();
        var step = a.Length > 2 ? a[2].AsInteger() : 1;
        if (step == 0)
        {
            throw CypherException.Argument("NumberOutOfRange", "range() step cannot be zero.");
        }

        var items = new List<Value>();
        for (var i = start; step > 0 ? i <= end : i >= end; i += step)
        {
            items.Add(Value.Integer(i));
            if (items.Count > 10_000_000)
            {
                throw CypherException.Argument("NumberOutOfRange", "range() would produce more than 10,000,000 values.");
            }

            if ((step > 0 && i > long.MaxValue - step) || (step < 0 && i < long.MinValue - step))
            {
                break;
            }
        }

        return Value.List(new ListValue(items));
    }
}
