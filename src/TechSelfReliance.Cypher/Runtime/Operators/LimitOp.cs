using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Runtime.Operators;

/// <summary>Passes at most n rows, and stops pulling from its input once it has them.</summary>
internal sealed class LimitOp(Operator input, Evaluator count, bool runInputFirst = false) : Operator(input)
{
    public override string Name => "Limit";

    protected override IEnumerable<Value[]> Execute(QueryContext context, Value[] argument)
    {
        var limit = RowCounts.Evaluate(count, argument, context, "LIMIT");
        if (limit == 0)
        {
            if (runInputFirst)
            {
                foreach (var _ in Children[0].Run(context, argument))
                {
                    break;
                }
            }

            yield break;
        }

        foreach (var row in Children[0].Run(context, argument))
        {
            yield return row;
            if (--limit == 0)
            {
                yield break;
            }
        }
    }
}
