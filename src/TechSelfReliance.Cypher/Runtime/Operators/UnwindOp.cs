using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Runtime.Operators;

/// <summary>One row per element of a list; null gives no rows; a non-list value gives one row.</summary>
internal sealed class UnwindOp(Operator input, Evaluator list, int slot, string description) : Operator(input)
{
    public override string Name => "Unwind";

    public override string Details => description;

    protected override IEnumerable<Value[]> Execute(QueryContext context, Value[] argument)
    {
        Value[]? output = null;
        foreach (var row in Children[0].Run(context, argument))
        {
            var value = list(row, context);
            if (value.IsNull)
            {
                continue;
            }

            if (value.Kind != ValueKind.List)
            {
                output ??= new Value[row.Length];
                Array.Copy(row, output, row.Length);
                var single = output;
                single[slot] = value;
                yield return single;
                continue;
            }

            var items = value.AsList();
            for (var i = 0; i < items.Count; i++)
            {
                context.Check();
                output ??= new Value[row.Length];
                Array.Copy(row, output, row.Length);
                output[slot] = items[i];
                yield return output;
            }
        }
    }
}
