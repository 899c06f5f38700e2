using TechSelfReliance.Graph;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Runtime.Operators;

/// <summary>
/// Follows one relationship from a bound node. When the far node is already bound (ExpandInto) only
/// relationships reaching it are kept. Reads only the adjacency lists of the requested types.
/// </summary>
internal sealed class ExpandOp(Operator input, int fromSlot, int relationshipSlot, int toSlot, bool into, TokenReference[] types, Direction direction, int[] distinctFrom, string description) : Operator(input)
{
    public override string Name => into ? "Expand(Into)" : "Expand(All)";

    /// <summary>
    /// Whether counting this expansion's rows can be done from node degrees: it binds a new end node (not into)
    /// and follows one direction (an undirected self-loop would need care the degree does not take).
    /// </summary>
    public bool CountableByDegree => !into && direction != Direction.Both;

    /// <summary>The slots it binds: the relationship and the far node (never null in its rows).</summary>
    public bool Binds(int slot) => slot == relationshipSlot || slot == toSlot;

    /// <summary>The same expansion, counted from degrees into <paramref name="countSlot"/> (see <see cref="DegreeCountOp"/>).</summary>
    public Operator AsDegreeCount(int countSlot) =>
        new DegreeCountOp(Children[0], fromSlot, types, direction, distinctFrom, countSlot, description);

    public override string Details => description;

    protected override IEnumerable<Value[]> Execute(QueryContext context, Value[] argument)
    {
        var typeIds = TypeIds.Resolve(types, context);
        if (typeIds is { Length: 0 })
        {
            yield break;
        }

        Value[]? output = null;
        foreach (var row in Children[0].Run(context, argument))
        {
            var from = row[fromSlot];
            if (from.Kind != ValueKind.Node)
            {
                continue;
            }

            long target = -1;
            if (into)
            {
                if (row[toSlot].Kind != ValueKind.Node)
                {
                    continue;
                }

                target = row[toSlot].AsNodeId();
            }

            var cursor = context.Graph.GetRelationships(from.AsNodeId(), direction, typeIds);
            while (cursor.MoveNext())
            {
                context.Check();
                if (into && cursor.Other != target)
                {
                    continue;
                }

                if (Used(row, cursor.Relationship))
                {
                    continue;
                }

                output ??= new Value[row.Length];
                Array.Copy(row, output, row.Length);
                output[relationshipSlot] = Value.Relationship(cursor.Relationship);
                if (!into)
                {
                    output[toSlot] = Value.Node(cursor.Other);
                }

                yield return output;
            }
        }
    }

    /// <summary>True when an earlier relationship of the same MATCH is this one (relationship uniqueness).</summary>
    private bool Used(Value[] row, int relationship)
    {
        foreach (var slot in distinctFrom)
        {
            var earlier = row[slot];
            if (earlier.Kind == ValueKind.Relationship && earlier.RawBits == relationship)
            {
                return true;
            }

            if (earlier.Kind == ValueKind.List)
            {
                foreach (var item in earlier.AsList().Items)
                {
                    if (item.RawBits == relationship)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}
