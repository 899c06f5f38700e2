using TechSelfReliance.Cypher.Errors;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Runtime.Operators;

/// <summary>Evaluates SKIP and LIMIT counts: non-negative integers, else a clear error.</summary>
internal static class RowCounts
{
    public static long Evaluate(Evaluator count, Value[] row, QueryContext context, string clause)
    {
        var value = count(row, context);
        if (value.Kind == ValueKind.Float && Math.Truncate(value.AsFloat()) == value.AsFloat() && clause == "internal")
        {
            return (long)value.AsFloat();
        }

        if (value.Kind != ValueKind.Integer)
        {
            throw new CypherException(CypherErrorClass.SyntaxError, "InvalidArgumentType",
                $"{clause} needs a non-negative integer, but got {value}.", compileTime: false);
        }

        if (value.AsInteger() < 0)
        {
            throw new CypherException(CypherErrorClass.SyntaxError, "NegativeIntegerArgument",
                $"{clause} needs a non-negative integer, but got {value.AsInteger()}.", compileTime: false);
        }

        return value.AsInteger();
    }
}
