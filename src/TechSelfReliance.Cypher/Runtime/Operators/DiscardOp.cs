using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Runtime.Operators;

/// <summary>The end of a statement without RETURN: runs its input to completion and returns no rows.</summary>
internal sealed class DiscardOp(Operator input) : Operator(input)
{
    public override string Name => "EmptyResult";

    protected override IEnumerable<Value[]> Execute(QueryContext context, Value[] argument)
    {
        foreach (var _ in Children[0].Run(context, argument))
        {
            context.Check();
        }

        yield break;
    }
}
