using TechSelfReliance.Cypher.Runtime.Writes;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Runtime.Operators;

/// <summary>Applies SET or REMOVE items to each row, in order.</summary>
internal sealed class SetOp(Operator input, SetAction[] actions, string name) : Operator(input)
{
    public override string Name => name;

    protected override IEnumerable<Value[]> Execute(QueryContext context, Value[] argument)
    {
        foreach (var row in Children[0].Run(context, argument))
        {
            context.Check();
            foreach (var action in actions)
            {
                GraphWrites.Apply(action, row, context);
            }

            yield return row;
        }
    }
}
