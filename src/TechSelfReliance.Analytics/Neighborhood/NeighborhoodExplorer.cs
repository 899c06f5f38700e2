using TechSelfReliance.Analytics.Influence;
using TechSelfReliance.Analytics.Projection;

namespace TechSelfReliance.Analytics.Neighborhood;

/// <summary>
/// The neighbourhood of a node up to a depth, breadth first. When a node has more neighbours than the
/// remaining room, the most relevant come first (stronger relationship, then better connected, then by
/// name) and the rest are counted as "more". Thread-safe (stateless).
/// </summary>
public static class NeighborhoodExplorer
{
    public static Subgraph Explore(GraphProjection graph, int center, int depth, int limit, IReadOnlySet<string>? types, TraversalDirection direction, RelationshipWeights weights)
    {
        var included = new List<int> { center };
        var seen = new HashSet<int> { center };
        var more = new Dictionary<int, int>();
        var frontier = new List<int> { center };
        for (var level = 0; level < depth && frontier.Count > 0; level++)
        {
            var next = new List<int>();
            foreach (var node in frontier)
            {
                var candidates = graph.StepsFrom(node, direction, types)
                    .Where(s => !seen.Contains(s.To))
                    .GroupBy(s => s.To)
                    .Select(g => (Node: g.Key, Weight: g.Max(s => weights.Of(s.Edge))))
                    .OrderByDescending(c => c.Weight)
                    .ThenByDescending(c => graph.Degree(c.Node))
                    .ThenBy(c => graph.Nodes[c.Node].Name, StringComparer.Ordinal)
                    .ToArray();
                var room = Math.Max(0, limit - included.Count);
                foreach (var candidate in candidates.Take(room))
                {
                    seen.Add(candidate.Node);
                    included.Add(candidate.Node);
                    next.Add(candidate.Node);
                }

                if (candidates.Length > room)
                {
                    more[node] = candidates.Length - room;
                }
            }

            frontier = next;
        }

        var set = included.ToHashSet();
        var edges = Subgraph.EdgesAmong(graph, set, types);
        return new Subgraph(included.Select(i => graph.Nodes[i]).ToArray(), edges, more);
    }
}
