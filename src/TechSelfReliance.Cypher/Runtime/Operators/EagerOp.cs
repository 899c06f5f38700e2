using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Runtime.Operators;

/// <summary>Reads all input before passing any on, so writes after it cannot affect the reads before it.</summary>
internal sealed class EagerOp(Operator input) : Operator(input)
{
    public override string Name => "Eager";

    protected override IEnumerable<Value[]> Execute(QueryContext context, Value[] argument)
    {
        var rows = new List<Value[]>();
        foreach (var row in Children[0].Run(context, argument))
        {
            context.Check();
            context.Buffer();
            rows.Add((Value[])row.Clone());
        }

        return rows;
    }
}
