using TechSelfReliance.Graph;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Runtime.Operators;

/// <summary>
/// Matches a relationship variable bound by an earlier clause against a pattern step: checks its type and
/// direction, and binds (or checks) the nodes at its ends.
/// </summary>
internal sealed class BoundRelationshipOp(Operator input, int relationshipSlot, int fromSlot, int toSlot, bool fromBound, bool toBound, Direction direction, TokenReference[] types) : Operator(input)
{
    public override string Name => "BoundRelationship";

    protected override IEnumerable<Value[]> Execute(QueryContext context, Value[] argument)
    {
        var typeIds = TypeIds.Resolve(types, context);
        foreach (var row in Children[0].Run(context, argument))
        {
            var relationship = row[relationshipSlot];
            if (relationship.Kind != ValueKind.Relationship || !context.Graph.RelationshipExists(relationship.AsRelationshipId()))
            {
                continue;
            }

            var record = context.Graph.GetRelationship(relationship.AsRelationshipId());
            if (!TypeIds.Matches(typeIds, record.Type))
            {
                continue;
            }

            var orientations = direction switch
            {
                Direction.Outgoing => new[] { ((long)record.Start, (long)record.End) },
                Direction.Incoming => [((long)record.End, (long)record.Start)],
                _ => record.Start == record.End ? [((long)record.Start, (long)record.End)] : [((long)record.Start, (long)record.End), ((long)record.End, (long)record.Start)],
            };
            foreach (var (from, to) in orientations)
            {
                if ((fromBound && row[fromSlot].RawBits != from) || (toBound && row[toSlot].RawBits != to))
                {
                    continue;
                }

                if ((fromBound && row[fromSlot].Kind != ValueKind.Node) || (toBound && row[toSlot].Kind != ValueKind.Node))
                {
                    continue;
                }

                var output = (Value[])row.Clone();
                output[fromSlot] = Value.Node(from);
                output[toSlot] = Value.Node(to);
                yield return output;
            }
        }
    }
}
