using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Runtime.Operators;

/// <summary>Computes expressions into slots. All are evaluated against the incoming row before any is written.</summary>
internal sealed class ProjectionOp(Operator input, (int Slot, Evaluator Value)[] projections, string description) : Operator(input)
{
    public override string Name => "Projection";

    public override string Details => description;

    protected override IEnumerable<Value[]> Execute(QueryContext context, Value[] argument)
    {
        var values = new Value[projections.Length];
        Value[]? output = null;
        foreach (var row in Children[0].Run(context, argument))
        {
            context.Check();
            for (var i = 0; i < projections.Length; i++)
            {
                values[i] = projections[i].Value(row, context);
            }

            output ??= new Value[row.Length];
            Array.Copy(row, output, row.Length);
            for (var i = 0; i < projections.Length; i++)
            {
                output[projections[i].Slot] = values[i];
            }

            yield return output;
        }
    }
}
