using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Runtime.Operators;

/// <summary>Keeps the rows for which the predicate is true (null and false are dropped).</summary>
internal sealed class FilterOp(Operator input, Evaluator predicate, string description) : Operator(input)
{
    public override string Name => "Filter";

    public override string Details => description;

    protected override IEnumerable<Value[]> Execute(QueryContext context, Value[] argument)
    {
        foreach (var row in Children[0].Run(context, argument))
        {
            context.Check();
            var result = predicate(row, context);
            if (result.Kind == ValueKind.Boolean && result.AsBoolean())
            {
                yield return row;
            }
        }
    }
}
