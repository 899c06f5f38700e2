using TechSelfReliance.Graph;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Runtime.Operators;

/// <summary>
/// <c>count(*)</c> over a one-step expansion whose relationship and end node nothing else uses: the sum of the
/// start nodes' degrees in the direction and types, less the relationships of the same MATCH already bound
/// (which the expansion would skip), without producing a row per relationship. Yields one row, like an
/// aggregation without grouping keys.
/// </summary>
internal sealed class DegreeCountOp(Operator input, int fromSlot, TokenReference[] types, Direction direction, int[] distinctFrom, int countSlot, string description)
    : CountOnlyOp(input, countSlot)
{
    public override string Name => "EagerAggregation(GetDegree)";

    public override string Details => $"count(*) of {description}";

    // count(*) of (a)-->() with a sought by one id: the degree of that id, without looking the node up first,
    // since an id without a node has no relationships (the store drops a deleted node's adjacency)
    private readonly NodeByIdSeekOp? _idSeek = input is NodeByIdSeekOp { SeeksOneIdFromArgument: true } seek && seek.Slot == fromSlot && distinctFrom.Length == 0 ? seek : null;

    protected override long Count(QueryContext context, Value[] argument)
    {
        var typeIds = TypeIds.Resolve(types, context);
        if (typeIds is { Length: 0 })
        {
            return 0;
        }

        var input = Children[0];
        if (_idSeek is not null && context.Profile is null)
        {
            return _idSeek.SoughtId(argument, context) is { } id ? context.Graph.Degree(id, direction, typeIds) : 0;
        }

        if (input.SingleRow && context.Profile is null)
        {
            return input.RunSingle(context, argument) is { } row ? CountFrom(row, typeIds, context) : 0;
        }

        long count = 0;
        foreach (var row in input.Run(context, argument))
        {
            count += CountFrom(row, typeIds, context);
        }

        return count;
    }

    private long CountFrom(Value[] row, int[]? typeIds, QueryContext context)
    {
        context.Check();
        var from = row[fromSlot];
        if (from.Kind != ValueKind.Node)
        {
            return 0;
        }

        var node = from.AsNodeId();
        return context.Graph.Degree(node, direction, typeIds) - AlreadyBound(row, node, typeIds, context.Graph);
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
