using TechSelfReliance.Graph;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Runtime.Operators;

/// <summary>
/// A variable-length pattern whose relationship list was bound by an earlier clause: checks that the list
/// forms a walk from the start node in the pattern's direction (with the right types and length) and binds its ends.
/// </summary>
internal sealed class BoundRelationshipListOp(Operator input, int listSlot, int fromSlot, int toSlot, bool fromBound, bool toBound, Direction direction, TokenReference[] types, long min, long? max) : Operator(input)
{
    public override string Name => "BoundRelationshipList";

    protected override IEnumerable<Value[]> Execute(QueryContext context, Value[] argument)
    {
        var typeIds = TypeIds.Resolve(types, context);
        foreach (var row in Children[0].Run(context, argument))
        {
            if (row[listSlot].Kind != ValueKind.List)
            {
                continue;
            }

            var relationships = row[listSlot].AsList().Items.ToArray();
            if (relationships.Any(r => r.Kind != ValueKind.Relationship) || relationships.Length < min || (max is { } m && relationships.Length > m))
            {
                continue;
            }

            var starts = new List<long>();
            if (fromBound)
            {
                if (row[fromSlot].Kind == ValueKind.Node)
                {
                    starts.Add(row[fromSlot].AsNodeId());
                }
            }
            else if (relationships.Length > 0)
            {
                var first = context.Graph.GetRelationship(relationships[0].AsRelationshipId());
                starts.Add(first.Start);
                if (first.End != first.Start)
                {
                    starts.Add(first.End);
                }
            }

            foreach (var start in starts)
            {
                if (Walk(context, start, relationships, typeIds) is not { } end || (toBound && row[toSlot].RawBits != end))
                {
                    continue;
                }

                var output = (Value[])row.Clone();
                output[fromSlot] = Value.Node(start);
                output[toSlot] = Value.Node(end);
                yield return output;
            }
        }
    }

    private long? Walk(QueryContext context, long start, Value[] relationships, int[]? typeIds)
    {
        var current = start;
        foreach (var relationship in relationships)
        {
            var record = context.Graph.GetRelationship(relationship.AsRelationshipId());
            if (!record.Exists || !TypeIds.Matches(typeIds, record.Type))
            {
                return null;
            }

            if (direction != Direction.Incoming && record.Start == current)
            {
                current = record.End;
            }
            else if (direction != Direction.Outgoing && record.End == current)
            {
                current = record.Start;
            }
            else
            {
                return null;
            }
        }

        return current;
    }
}
