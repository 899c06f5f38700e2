using TechSelfReliance.Cypher.Runtime.Values;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Runtime.Operators;

/// <summary>Passes the first row of each distinct combination of the given slots (compared by equivalence).</summary>
internal sealed class DistinctOp(Operator input, int[] slots) : Operator(input)
{
    public override string Name => "Distinct";

    protected override IEnumerable<Value[]> Execute(QueryContext context, Value[] argument)
    {
        var seen = new HashSet<RowKey>();
        foreach (var row in Children[0].Run(context, argument))
        {
            context.Check();
            var key = new Value[slots.Length];
            for (var i = 0; i < slots.Length; i++)
            {
                key[i] = row[slots[i]];
            }

            if (seen.Add(new RowKey(key)))
            {
                context.Buffer();
                yield return row;
            }
        }
    }
}
