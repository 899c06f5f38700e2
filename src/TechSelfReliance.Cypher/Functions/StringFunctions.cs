using TechSelfReliance.Cypher.Errors;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Functions;

/// <summary>String functions. Positions and lengths count UTF-16 code units, as Neo4j's do.</summary>
internal static class StringFunctions
{
    public static IEnumerable<FunctionDefinition> All =>
    [
        new("toUpper", 1, 1, (a, c) => Map(a[0], "toUpper", s => s.ToUpperInvariant())),
        new("toLower", 1, 1, (a, c) => Map(a[0], "toLower", s => s.ToLowerInvariant())),
        new("trim", 1, 1, (a, c) => Map(a[0], "trim", s => s.Trim())),
        new("ltrim", 1, 1, (a, c) => Map(a[0], "ltrim", s => s.TrimStart())),
        new("rtrim", 1, 1, (a, c) => Map(a[0], "rtrim", s => s.TrimEnd())),
        new("replace", 3, 3, (a, c) => a.Any(v => v.IsNull)
            ? Value.Null
            : Value.String(Arguments.Text("replace", a[1]).Length == 0
                ? Arguments.Text("replace", a[0])
                : Arguments.Text("replace", a[0]).Replace(a[1].AsString(), Arguments.Text("replace", a[2]), StringComparison.Ordinal))),
        new("substring", 2, 3, (a, c) => Substring(a)),
        new("left", 2, 2, (a, c) => Cut(a, "left", fromLeft: true)),
        new("right", 2, 2, (a, c) => Cut(a, "right", fromLeft: false)),
        new("split", 2, 2, (a, c) => a.Any(v => v.IsNull)
            ? Value.Null
            : Value.List(new ListValue(Split(Arguments.Text("split", a[0]), Arguments.Text("split", a[1])).Select(Value.String)))),
        new("toString", 1, 1, (a, c) => Conversions.ToStringValue(a[0])),
        new("toStringOrNull", 1, 1, (a, c) => a[0].Kind is ValueKind.List or ValueKind.Map or ValueKind.Node or ValueKind.Relationship or ValueKind.Path
            ? Value.Null
            : Conversions.ToStringValue(a[0])),
    ];

    private static Value Map(Value value, string function, Func<string, string> map) =>
        value.IsNull ? Value.Null : Value.String(map(Arguments.Text(function, value)));

    private static Value Substring(Value[] a)
    {
        if (a[0].IsNull)
        {
            return Value.Null;
        }

        var text = Arguments.Text("substring", a[0]);
        var start = Arguments.Integer("substring", a[1]);
        if (start < 0 || (a.Length > 2 && !a[2].IsNull && Arguments.Integer("substring", a[2]) < 0))
        {
            throw CypherException.Argument("NegativeIntegerArgument", "substring() needs non-negative start and length.");
        }

        if (start >= text.Length)
        {
            return Value.String(string.Empty);
        }

        var length = a.Length > 2 && !a[2].IsNull ? Math.Min(Arguments.Integer("substring", a[2]), text.Length - start) : text.Length - start;
        return Value.String(text.Substring((int)start, (int)length));
    }

    private static Value Cut(Value[] a, string function, bool fromLeft)
    {
        if (a[0].IsNull)
        {
            return Value.Null;
        }

        if (a[1].IsNull)
        {
            throw CypherException.Argument("NullArgument", $"{function}() needs a length.");
        }

        var text = Arguments.Text(function, a[0]);
        var length = Arguments.Integer(function, a[1]);
        if (length < 0)
        {
            throw CypherException.Argument("NegativeIntegerArgument", $"{function}() needs a non-negative length.");
        }

        var take = (int)Math.Min(length, text.Length);
        return Value.String(fromLeft ? text[..take] : text[(text.Length - take)..]);
    }

    private static IEnumerable<string> Split(string text, string separator)
    {
        if (separator.Length == 0)
        {
            return text.Select(ch => ch.ToString());
        }

        return text.Split(separator, StringSplitOptions.None);
    }
}
