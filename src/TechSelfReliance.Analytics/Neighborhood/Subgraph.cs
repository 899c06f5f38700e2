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
        return new Subgraph(nodes, EdgesAmong(graph, set), new Dictionary<int, int>());
    }

    /// <summary>The edges whose ends are both in the set, found from the set's own edges (not by scanning the graph).</summary>
    public static ProjectedEdge[] EdgesAmong(GraphProjection graph, IReadOnlySet<int> nodes, IReadOnlySet<string>? types = null) =>
        nodes.SelectMany(n => graph.Graph.OutEdges(n))
            .Where(e => nodes.Contains(e.Target) && (types is null || types.Contains(e.Type)))
            .OrderBy(e => e.Index)
            .ToArray();

    /// <summary>Only these nodes, with the given edges (no search for others).</summary>
    public static Subgraph With(GraphProjection graph, IEnumerable<int> nodeIndexes, IReadOnlyList<ProjectedEdge> edges) =>
        new(nodeIndexes.Distinct().Order().Select(i => graph.Nodes[i]).ToArray(), edges, new Dictionary<int, int>());
}
