using TechSelfReliance.Analytics.Projection;

namespace TechSelfReliance.Analytics.Neighborhood;

/// <summary>
/// A part of the graph to show: nodes, the edges among them, and for nodes whose neighbours were cut off
/// at the limit, how many more there are.
/// </summary>
public sealed record Subgraph(IReadOnlyList<ProjectedNode> Nodes, IReadOnlyList<ProjectedEdge> Edges, IReadOnlyDictionary<int, int> MoreNeighbors)
{
    public static Subgraph Of(GraphProjection graph, IEnumerable<int> nodeIndexes)
    {
        var set = nodeIndexes.ToHashSet();
        var nodes = set.Order().Select(i => graph.Nodes[i]).ToArray();
        var edges = graph.Edges.Where(e => set.Contains(e.Source) && set.Contains(e.Target)).ToArray();
        return new Subgraph(nodes, edges, new Dictionary<int, int>());
    }
}
