using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Runtime.Operators;

/// <summary>Keeps the rows for which the predicate is true (null and false are dropped).</summary>
internal sealed class FilterOp(Operator input, Evaluator predicate, string description) : Operator(input)
{
    public override string Name => "Filter";

    public override string Details => description;

    public override bool SingleRow => Children[0].SingleRow;

    public override Value[]? RunSingle(QueryContext context, Value[] argument) =>
        Children[0].RunSingle(context, argument) is { } row && Keeps(row, context) ? row : null;

    protected override IEnumerable<Value[]> Execute(QueryContext context, Value[] argument)
    {
        foreach (var row in Children[0].Run(context, argument))
        {
            if (Keeps(row, context))
            {
                yield return row;
            }
        }
    }

    private bool Keeps(Value[] row, QueryContext context)
    {
        context.Check();
        var result = predicate(row, context);
        return result.Kind == ValueKind.Boolean && result.AsBoolean();
    }
}
