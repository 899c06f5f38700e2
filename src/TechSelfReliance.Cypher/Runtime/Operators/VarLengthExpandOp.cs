using TechSelfReliance.Cypher.Runtime.Values;
using TechSelfReliance.Graph;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Runtime.Operators;

/// <summary>
/// Follows between min and max relationships (max null: no bound) from a bound node, depth first, never
/// using a relationship twice in one path. Binds the list of relationships and the far node; with a bound
/// far node, keeps only paths ending there. Inline properties must hold on every relationship.
/// </summary>
internal sealed class VarLengthExpandOp(
    Operator input, int fromSlot, int relationshipsSlot, int toSlot, bool into, TokenReference[] types, Direction direction,
    long min, long? max, (TokenReference Key, Evaluator Value)[] propertyFilters, bool reverseList, string description) : Operator(input)
{
    public override string Name => into ? "VarLengthExpand(Into)" : "VarLengthExpand(All)";

    public override string Details => description;

    protected override IEnumerable<Value[]> Execute(QueryContext context, Value[] argument)
    {
        var typeIds = TypeIds.Resolve(types, context);
        if (typeIds is { Length: 0 })
        {
            if (min == 0)
            {
                foreach (var row in Children[0].Run(context, argument))
                {
                    if (row[fromSlot].Kind == ValueKind.Node && (!into || row[toSlot].RawBits == row[fromSlot].RawBits))
                    {
                        var output = (Value[])row.Clone();
                        output[relationshipsSlot] = Value.List(ListValue.Empty);
                        output[toSlot] = row[fromSlot];
                        yield return output;
                    }
                }
            }

            yield break;
        }

        foreach (var row in Children[0].Run(context, argument))
        {
            var from = row[fromSlot];
            if (from.Kind != ValueKind.Node || (into && row[toSlot].Kind != ValueKind.Node))
            {
                continue;
            }

            var filters = propertyFilters.Select(f => (Key: f.Key.Resolve(context.Graph), Name: f.Key.Name, Value: f.Value(row, context))).ToArray();
            if (filters.Any(f => f.Key < 0 || f.Value.IsNull))
            {
                if (min == 0)
                {
                    foreach (var zero in Emit(row, from.AsNodeId(), []))
                    {
                        yield return zero;
                    }
                }

                continue;
            }

            foreach (var output in Walk(context, row, from.AsNodeId(), typeIds, filters))
            {
                yield return output;
            }
        }
    }

    private IEnumerable<Value[]> Walk(QueryContext context, Value[] row, long start, int[]? typeIds, (int Key, string Name, Value Value)[] filters)
    {
        var path = new List<int>();
        var used = new HashSet<int>();
        var stack = new Stack<(long Node, Graph.Access.RelationshipCursor Cursor)>();
        if (min == 0)
        {
            foreach (var output in Emit(row, start, path))
            {
                yield return output;
            }
        }

        if (max == 0)
        {
            yield break;
        }

        stack.Push((start, context.Graph.GetRelationships(start, direction, typeIds)));
        while (stack.Count > 0)
        {
            context.Check();
            var (node, cursor) = stack.Pop();
            if (!cursor.MoveNext())
            {
                if (path.Count > 0)
                {
                    used.Remove(path[^1]);
                    path.RemoveAt(path.Count - 1);
                }

                continue;
            }

            stack.Push((node, cursor));
            var relationship = cursor.Relationship;
            if (used.Contains(relationship) || !Accepts(context, relationship, filters))
            {
                continue;
            }

            path.Add(relationship);
            used.Add(relationship);
            var depth = path.Count;
            if (depth >= min)
            {
                foreach (var output in Emit(row, cursor.Other, path))
                {
                    yield return output;
                }
            }

            if (max is null || depth < max)
            {
                stack.Push((cursor.Other, context.Graph.GetRelationships(cursor.Other, direction, typeIds)));
            }
            else
            {
                used.Remove(relationship);
                path.RemoveAt(path.Count - 1);
            }
        }
    }

    private IEnumerable<Value[]> Emit(Value[] row, long end, List<int> path)
    {
        if (into && row[toSlot].AsNodeId() != end)
        {
            yield break;
        }

        var output = (Value[])row.Clone();
        var list = TypeIds.RelationshipList(path);
        output[relationshipsSlot] = reverseList ? Value.List(new ListValue(list.AsList().Items.ToArray().Reverse().ToArray())) : list;
        output[toSlot] = Value.Node(end);
        yield return output;
    }

    private static bool Accepts(QueryContext context, int relationship, (int Key, string Name, Value Value)[] filters)
    {
        foreach (var (key, _, value) in filters)
        {
            if (CypherComparison.Equal(context.Graph.GetRelationshipProperty(relationship, key), value) != true)
            {
                return false;
            }
        }

        return true;
    }
}
