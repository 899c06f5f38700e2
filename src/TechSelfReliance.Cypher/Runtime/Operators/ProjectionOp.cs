using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Runtime.Operators;

/// <summary>
/// Computes expressions into slots. Every expression reads the incoming row as it came in, before any
/// slot is written (a projection may read a slot that another one overwrites).
/// </summary>
internal sealed class ProjectionOp(Operator input, (int Slot, Evaluator Value)[] projections, string description) : Operator(input)
{
    public override string Name => "Projection";

    public override string Details => description;

    public override bool SingleRow => Children[0].SingleRow;

    public override Value[]? RunSingle(QueryContext context, Value[] argument)
    {
        if (Children[0].RunSingle(context, argument) is not { } row)
        {
            return null;
        }

        context.Check();
        if (projections is [var (slot, value)])
        {
            row[slot] = value(row, context);
            return row;
        }

        var values = Evaluate(row, new Value[projections.Length], context);
        Write(values, row);
        return row;
    }

    protected override IEnumerable<Value[]> Execute(QueryContext context, Value[] argument)
    {
        var values = new Value[projections.Length];
        Value[]? output = null;
        foreach (var row in Children[0].Run(context, argument))
        {
            context.Check();
            Evaluate(row, values, context);
            output ??= new Value[row.Length];
            Array.Copy(row, output, row.Length);
            Write(values, output);
            yield return output;
        }
    }

    private Value[] Evaluate(Value[] row, Value[] values, QueryContext context)
    {
        for (var i = 0; i < projections.Length; i++)
        {
            values[i] = projections[i].Value(row, context);
        }

        return values;
    }

    private void Write(Value[] values, Value[] output)
    {
        for (var i = 0; i < projections.Length; i++)
        {
            output[projections[i].Slot] = values[i];
        }
    }
}
