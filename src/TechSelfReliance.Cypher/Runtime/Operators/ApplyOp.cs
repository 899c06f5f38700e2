using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Runtime.Operators;

/// <summary>
/// Runs the right plan once per left row, with that row as its argument. Optional: a left row the right side
/// does not match comes out once with the right side's new variables set to null (OPTIONAL MATCH).
/// </summary>
internal sealed class ApplyOp(Operator left, Operator right, bool optional, int[] nullSlots) : Operator(left, right)
{
    public override string Name => optional ? "OptionalApply" : "Apply";

    protected override IEnumerable<Value[]> Execute(QueryContext context, Value[] argument)
    {
        foreach (var row in Children[0].Run(context, argument))
        {
            var matched = false;
            foreach (var output in Children[1].Run(context, row))
            {
                matched = true;
                yield return output;
            }

            if (optional && !matched)
            {
                var output = (Value[])row.Clone();
                foreach (var slot in nullSlots)
                {
                    output[slot] = Value.Null;
                }

                yield return output;
            }
        }
    }
}
