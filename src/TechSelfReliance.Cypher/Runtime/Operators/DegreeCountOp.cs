using TechSelfReliance.Graph;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Runtime.Operators;

/// <summary>
/// <c>count(*)</c> over a one-step expansion whose relationship and end node nothing else uses: the sum of the
/// start nodes' degrees in the direction and types, less the relationships of the same MATCH already bound
/// (which the expansion would skip), without producing a row per relationship. Yields one row, like an
/// aggregation without grouping keys.
/// </summary>
internal sealed class DegreeCountOp(Operator input, int fromSlot, TokenReference[] types, Direction direction, int[] distinctFrom, int countSlot, Planning.SlotAllocator slots, string description)
    : Operator(input)
{
    public override string Name => "EagerAggregation(GetDegree)";

    public override string Details => $"count(*) of {description}";

    protected override IEnumerable<Value[]> Execute(QueryContext context, Value[] argument)
    {
        var typeIds = TypeIds.Resolve(types, context);
        long count = 0;
        if (typeIds is not { Length: 0 })
        {
            foreach (var row in Children[0].Run(context, argument))
            {
                context.Check();
                var from = row[fromSlot];
                if (from.Kind != ValueKind.Node)
                {
                    continue;
                }

                var node = from.AsNodeId();
                count += context.Graph.Degree(node, direction, typeIds) - AlreadyBound(row, node, typeIds, context.Graph);
            }
        }

        var output = new Value[slots.Count];
        output[countSlot] = Value.Integer(count);
        yield return output;
    }

    /// <summary>How many relationships bound earlier in the row lie in the node's list for this direction and types.</summary>
    private int AlreadyBound(Value[] row, long node, int[]? typeIds, Graph.Access.GraphView graph)
    {
        if (distinctFrom.Length == 0)
        {
            return 0;
        }

        if (distinctFrom.Length == 1 && row[distinctFrom[0]].Kind == ValueKind.Relationship)
        {
            return InList(row[distinctFrom[0]].RawBits, node, typeIds, graph) ? 1 : 0;
        }

        var found = 0;
        var seen = new HashSet<long>();
        foreach (var slot in distinctFrom)
        {
            var earlier = row[slot];
            if (earlier.Kind == ValueKind.Relationship)
            {
                found += seen.Add(earlier.RawBits) && InList(earlier.RawBits, node, typeIds, graph) ? 1 : 0;
            }
            else if (earlier.Kind == ValueKind.List)
            {
                foreach (var item in earlier.AsList().Items)
                {
                    found += item.Kind == ValueKind.Relationship && seen.Add(item.RawBits) && InList(item.RawBits, node, typeIds, graph) ? 1 : 0;
                }
            }
        }

        return found;
    }

    /// <summary>Whether the relationship exists and lies in the node's list for this expansion's direction and types.</summary>
    private bool InList(long relationship, long node, int[]? typeIds, Graph.Access.GraphView graph)
    {
        if (!graph.RelationshipExists(relationship))
        {
            return false;
        }

        var record = graph.GetRelationship(relationship);
        var end = direction == Direction.Outgoing ? record.Start : record.End;
        return end == node && TypeIds.Matches(typeIds, record.Type);
    }
}
