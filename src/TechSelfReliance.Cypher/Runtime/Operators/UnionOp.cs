using TechSelfReliance.Cypher.Runtime.Values;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Runtime.Operators;

/// <summary>Concatenates the results of the union's parts (already in output column order); UNION drops duplicates.</summary>
internal sealed class UnionOp(Operator[] parts, bool distinct) : Operator(parts)
{
    public override string Name => distinct ? "Union(Distinct)" : "Union";

    protected override IEnumerable<Value[]> Execute(QueryContext context, Value[] argument)
    {
        var seen = distinct ? new HashSet<RowKey>() : null;
        foreach (var part in Children)
        {
            foreach (var row in part.Run(context, argument))
            {
                if (seen is null || seen.Add(new RowKey(row)))
                {
                    yield return row;
                }
            }
        }
    }
}
