using TechSelfReliance.Cypher.Runtime.Writes;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Runtime.Operators;

/// <summary>Creates the pattern once per input row. Its input is read completely first (the plan puts an Eager below).</summary>
internal sealed class CreateOp(Operator input, CreatePattern pattern) : Operator(input)
{
    public override string Name => "Create";

    protected override IEnumerable<Value[]> Execute(QueryContext context, Value[] argument)
    {
        foreach (var row in Children[0].Run(context, argument))
        {
            context.Check();
            var output = (Value[])row.Clone();
            GraphWrites.Create(output, pattern, context);
            yield return output;
        }
    }
}
