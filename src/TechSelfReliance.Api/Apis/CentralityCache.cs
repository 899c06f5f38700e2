using System.Collections.Concurrent;
using TechSelfReliance.Analytics.Centrality;
using TechSelfReliance.Analytics.Projection;

namespace TechSelfReliance.Api.Apis;

/// <summary>Centrality scores per projection version and algorithm, computed once each. Thread-safe.</summary>
public sealed class CentralityCache
{
    private readonly ConcurrentDictionary<(string Version, string Algorithm), Lazy<IReadOnlyList<double>>> _scores = new();

    public IReadOnlyList<double> Get(GraphProjection graph, string algorithm)
    {
        // enumerating the dictionary itself takes no locks, unlike its Keys snapshot
        foreach (var (key, _) in _scores)
        {
            if (key.Version != graph.Version)
            {
                _scores.TryRemove(key, out _);
            }
        }

        return _scores.GetOrAdd((graph.Version, algorithm), _ => new Lazy<IReadOnlyList<double>>(() => algorithm switch
        {
            "betweenness" => BetweennessCentrality.Compute(graph),
            _ => ToArray(PageRankCentrality.Compute(graph), graph.Nodes.Count),
        })).Value;
    }

    private static double[] ToArray(IReadOnlyDictionary<int, double> ranks, int count)
    {
        var result = new double[count];
        foreach (var (node, rank) in ranks)
        {
            result[node] = rank;
        }

        return result;
    }
}
