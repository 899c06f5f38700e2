using TechSelfReliance.Graph;
using TechSelfReliance.Graph.Access;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Runtime.Operators;

/// <summary>
/// shortestPath and allShortestPaths between two bound nodes. A single shortest path is found by a
/// bidirectional breadth-first search that always grows the smaller frontier; all shortest paths by a
/// breadth-first search that keeps every parent on the shortest layer, then walks them back.
/// </summary>
internal sealed class ShortestPathOp(
    Operator input, int fromSlot, int toSlot, int pathSlot, int relationshipsSlot, TokenReference[] types, Direction direction,
    long min, long? max, bool all, string description) : Operator(input)
{
    public override string Name => all ? "AllShortestPaths" : "ShortestPath";

    public override string Details => description;

    protected override IEnumerable<Value[]> Execute(QueryContext context, Value[] argument)
    {
        var typeIds = TypeIds.Resolve(types, context);
        foreach (var row in Children[0].Run(context, argument))
        {
            if (row[fromSlot].Kind != ValueKind.Node || row[toSlot].Kind != ValueKind.Node)
            {
                continue;
            }

            var source = row[fromSlot].AsNodeId();
            var target = row[toSlot].AsNodeId();
            IEnumerable<(List<long> Nodes, List<int> Relationships)> paths;
            if (source == target)
            {
                paths = min == 0 ? [([source], [])] : [];
            }
            else if (typeIds is { Length: 0 })
            {
                paths = [];
            }
            else
            {
                paths = all ? AllShortest(context, source, target, typeIds) : Single(context, source, target, typeIds);
            }

            foreach (var (nodes, relationships) in paths)
            {
                if (relationships.Count < min)
                {
                    continue;
                }

                var output = (Value[])row.Clone();
                if (pathSlot >= 0)
                {
                    output[pathSlot] = Value.Path(new PathValue(nodes.Select(Value.Node).ToArray(), relationships.Select(r => Value.Relationship(r)).ToArray()));
                }

                if (relationshipsSlot >= 0)
                {
                    output[relationshipsSlot] = TypeIds.RelationshipList(relationships);
                }

                yield return output;
            }
        }
    }

    private IEnumerable<(List<long>, List<int>)> Single(QueryContext context, long source, long target, int[]? typeIds)
    {
        var forward = new Dictionary<long, (int Relationship, long Previous)> { [source] = (-1, -1) };
        var backward = new Dictionary<long, (int Relationship, long Previous)> { [target] = (-1, -1) };
        var forwardFrontier = new List<long> { source };
        var backwardFrontier = new List<long> { target };
        var reverse = direction switch
        {
            Direction.Outgoing => Direction.Incoming,
            Direction.Incoming => Direction.Outgoing,
            _ => Direction.Both,
        };
        var depth = 0L;
        while (forwardFrontier.Count > 0 && backwardFrontier.Count > 0 && (max is null || depth < max))
        {
            var growForward = forwardFrontier.Count <= backwardFrontier.Count;
            var frontier = growForward ? forwardFrontier : backwardFrontier;
            var parents = growForward ? forward : backward;
            var others = growForward ? backward : forward;
            var next = new List<long>();
            depth++;
            foreach (var node in frontier)
            {
                var cursor = context.Graph.GetRelationships(node, growForward ? direction : reverse, typeIds);
                while (cursor.MoveNext())
                {
                    context.Check();
                    var other = cursor.Other;
                    if (parents.ContainsKey(other))
                    {
                        continue;
                    }

                    parents[other] = (cursor.Relationship, node);
                    if (others.ContainsKey(other))
                    {
                        yield return Build(other, forward, backward);
                        yield break;
                    }

                    next.Add(other);
                }
            }

            if (growForward)
            {
                forwardFrontier = next;
            }
            else
            {
                backwardFrontier = next;
            }
        }
    }

    private static (List<long>, List<int>) Build(long meeting, Dictionary<long, (int Relationship, long Previous)> forward, Dictionary<long, (int Relationship, long Previous)> backward)
    {
        var nodes = new List<long>();
        var relationships = new List<int>();
        var node = meeting;
        while (forward[node].Relationship >= 0)
        {
            var (relationship, previous) = forward[node];
            nodes.Add(node);
            relationships.Add(relationship);
            node = previous;
        }

        nodes.Add(node);
        nodes.Reverse();
        relationships.Reverse();
        node = meeting;
        while (backward[node].Relationship >= 0)
        {
            var (relationship, next) = backward[node];
            relationships.Add(relationship);
            nodes.Add(next);
            node = next;
        }

        return (nodes, relationships);
    }

    private IEnumerable<(List<long>, List<int>)> AllShortest(QueryContext context, long source, long target, int[]? typeIds)
    {
        var depthOf = new Dictionary<long, long> { [source] = 0 };
        var parents = new Dictionary<long, List<(int Relationship, long Previous)>>();
        var frontier = new List<long> { source };
        var depth = 0L;
        var found = false;
        while (frontier.Count > 0 && !found && (max is null || depth < max))
        {
            depth++;
            var next = new List<long>();
            foreach (var node in frontier)
            {
                var cursor = context.Graph.GetRelationships(node, direction, typeIds);
                while (cursor.MoveNext())
                {
                    context.Check();
                    var other = cursor.Other;
                    if (depthOf.TryGetValue(other, out var seen) && seen < depth)
                    {
                        continue;
                    }

                    if (!depthOf.ContainsKey(other))
                    {
                        depthOf[other] = depth;
                        next.Add(other);
                    }

                    if (!parents.TryGetValue(other, out var list))
                    {
                        list = [];
                        parents[other] = list;
                    }

                    list.Add((cursor.Relationship, node));
                    found |= other == target;
                }
            }

            frontier = next;
        }

        if (!found)
        {
            yield break;
        }

        var stackNodes = new List<long> { target };
        var stackRelationships = new List<int>();
        foreach (var path in Unwind(target, source, parents, stackNodes, stackRelationships))
        {
            yield return path;
        }
    }

    private static IEnumerable<(List<long>, List<int>)> Unwind(long node, long source, Dictionary<long, List<(int Relationship, long Previous)>> parents, List<long> nodes, List<int> relationships)
    {
        if (node == source)
        {
            var n = new List<long>(nodes);
            var r = new List<int>(relationships);
            n.Reverse();
            r.Reverse();
            yield return (n, r);
            yield break;
        }

        foreach (var (relationship, previous) in parents[node])
        {
            nodes.Add(previous);
            relationships.Add(relationship);
            foreach (var path in Unwind(previous, source, parents, nodes, relationships))
            {
                yield return path;
            }

            nodes.RemoveAt(nodes.Count - 1);
            relationships.RemoveAt(relationships.Count - 1);
        }
    }
}
