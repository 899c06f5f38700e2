using QuikGraph.Algorithms.Ranking;
using TechSelfReliance.Analytics.Projection;

namespace TechSelfReliance.Analytics.Centrality;

/// <summary>PageRank over the directed projection, computed by QuikGraph. Thread-safe (stateless).</summary>
public static class PageRankCentrality
{
    public static IReadOnlyDictionary<int, double> Compute(GraphProjection graph, double damping = 0.85)
    {
        var algorithm = new PageRankAlgorithm<int, ProjectedEdge>(graph.Graph) { Damping = damping, Tolerance = 1e-9, MaxIterations = 200 };
        algorithm.Compute();
        return new Dictionary<int, double>(algorithm.Ranks);
    }
}
