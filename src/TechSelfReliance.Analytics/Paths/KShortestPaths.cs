using TechSelfReliance.Analytics.Projection;

namespace TechSelfReliance.Analytics.Paths;

/// <summary>
/// Yen's algorithm for the k shortest simple paths, counting hops, over the QuikGraph projection. Among
/// paths of equal length the stronger one (higher product of relationship weights) comes first, then the one
/// found first. Thread-safe (stateless; the projection is immutable).
/// </summary>
public static class KShortestPaths
{
    public static IReadOnlyList<GraphPath> Find(GraphProjection graph, PathQuery query, Func<ProjectedEdge, double>? weight = null)
    {
        weight ??= static _ => 1.0;
        var found = new List<GraphPath>();
        var first = query.K <= 0 || query.MaxHops < 0 ? null : ShortestPath(graph, query, query.From, query.MaxHops, [], []);
        if (first is null)
        {
            return found;
        }

        found.Add(new GraphPath(query.From, first));
        var candidates = new List<GraphPath>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { found[0].Signature };
        while (found.Count < query.K)
        {
            var previous = found[^1];
            var previousNodes = previous.NodeIndexes.ToArray();
            for (var i = 0; i < previous.Length; i++)
            {
                var spurNode = previousNodes[i];
                var root = previous.Steps.Take(i).ToArray();
                var blockedSteps = new HashSet<string>(StringComparer.Ordinal);
                foreach (var path in found)
                {
                    if (path.Length > i && SameRoot(path, root))
                    {
                        blockedSteps.Add(StepKey(path.Steps[i]));
                    }
                }

                var blockedNodes = new HashSet<int>(previousNodes.Take(i));
                var spur = ShortestPath(graph, query, spurNode, query.MaxHops - i, blockedNodes, blockedSteps);
                if (spur is null)
                {
                    continue;
                }

                var candidate = new GraphPath(query.From, [.. root, .. spur]);
                if (seen.Add(candidate.Signature))
                {
                    candidates.Add(candidate);
                }
            }

            if (candidates.Count == 0)
            {
                break;
            }

            var best = candidates
                .Select((path, order) => (path, order))
                .OrderBy(c => c.path.Length)
                .ThenByDescending(c => Strength(c.path, weight))
                .ThenBy(c => c.order)
                .First().path;
            candidates.Remove(best);
            found.Add(best);
        }

        // Yen finds the shortest first but not, among equal lengths, the strongest first: order the answer.
        return found.Select((path, order) => (path, order))
            .OrderBy(p => p.path.Length).ThenByDescending(p => Strength(p.path, weight)).ThenBy(p => p.order)
            .Select(p => p.path).ToArray();
    }

    public static double Strength(GraphPath path, Func<ProjectedEdge, double> weight) =>
        path.Steps.Aggregate(1.0, (product, step) => product * weight(step.Edge));

    private static bool SameRoot(GraphPath path, Step[] root)
    {
        for (var i = 0; i < root.Length; i++)
        {
            if (path.Steps[i] != root[i])
            {
                return false;
            }
        }

        return true;
    }

    private static string StepKey(Step step) => step.Forward ? $"{step.Edge.Index}>" : $"{step.Edge.Index}<";

    /// <summary>Breadth-first search for the fewest hops, avoiding blocked nodes and hops.</summary>
    private static List<Step>? ShortestPath(GraphProjection graph, PathQuery query, int from, int maxHops, HashSet<int> blockedNodes, HashSet<string> blockedSteps)
    {
        if (from == query.To)
        {
            return [];
        }

        if (maxHops <= 0)
        {
            return null;
        }

        var cameBy = new Dictionary<int, Step> { [from] = default };
        var frontier = new List<int> { from };
        for (var depth = 0; depth < maxHops && frontier.Count > 0; depth++)
        {
            var next = new List<int>();
            foreach (var node in frontier)
            {
                foreach (var step in graph.StepsFrom(node, query.Direction, query.Types))
                {
                    var to = step.To;
                    if (cameBy.ContainsKey(to) || blockedNodes.Contains(to) || (node == from && blockedSteps.Contains(StepKey(step))))
                    {
                        continue;
                    }

                    cameBy[to] = step;
                    if (to == query.To)
                    {
                        return Trace(cameBy, from, to);
                    }

                    next.Add(to);
                }
            }

            frontier = next;
        }

        return null;
    }

    private static List<Step> Trace(Dictionary<int, Step> cameBy, int from, int to)
    {
        var steps = new List<Step>();
        for (var node = to; node != from; node = cameBy[node].From)
        {
            steps.Add(cameBy[node]);
        }

        steps.Reverse();
        return steps;
    }
}
