using TechSelfReliance.Cypher.Errors;
using TechSelfReliance.Cypher.Runtime.Values;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Functions;

/// <summary>Argument checks shared by the functions; a wrong type is a TypeError naming the function.</summary>
internal static class Arguments
{
    public static CypherException WrongType(string function, Value value) =>
        CypherException.Type("InvalidArgumentType", $"Type mismatch: {function}() does not accept {CypherTypeNames.Of(value)} ({value}).");

    public static long Integer(string function, Value value) => value.Kind == ValueKind.Integer
        ? value.AsInteger()
        : value.Kind == ValueKind.Float && Math.Truncate(value.AsFloat()) == value.AsFloat()
            ? (long)value.AsFloat()
            : throw WrongType(function, value);

    public static double Number(string function, Value value) => value.IsNumber ? value.AsNumber() : throw WrongType(function, value);

    public static string Text(string function, Value value) => value.Kind == ValueKind.String ? value.AsString() : throw WrongType(function, value);

    public static ListValue List(string function, Value value) => value.Kind == ValueKind.List ? value.AsList() : throw WrongType(function, value);
}
