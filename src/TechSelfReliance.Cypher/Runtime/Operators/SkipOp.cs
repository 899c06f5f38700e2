using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Runtime.Operators;

/// <summary>Drops the first n rows.</summary>
internal sealed class SkipOp(Operator input, Evaluator count) : Operator(input)
{
    public override string Name => "Skip";

    protected override IEnumerable<Value[]> Execute(QueryContext context, Value[] argument)
    {
        var skip = RowCounts.Evaluate(count, argument, context, "SKIP");
        foreach (var row in Children[0].Run(context, argument))
        {
            if (skip > 0)
            {
                skip--;
                continue;
            }

            yield return row;
        }
    }
}
