using TechSelfReliance.Analytics.Projection;

namespace TechSelfReliance.Analytics.Centrality;

/// <summary>
/// Brandes' betweenness centrality over the projection taken as undirected and unweighted, normalized to
/// [0, 1] by the number of node pairs. Thread-safe (stateless).
/// </summary>
public static class BetweennessCentrality
{
    public static double[] Compute(GraphProjection graph, CancellationToken cancellationToken = default)
    {
        var n = graph.Nodes.Count;
        var neighbors = new int[n][];
        for (var v = 0; v < n; v++)
        {
            neighbors[v] = graph.StepsFrom(v, TraversalDirection.Both).Select(s => s.To).Where(t => t != v).Distinct().ToArray();
        }

        var centrality = new double[n];
        var sigma = new double[n];
        var distance = new int[n];
        var delta = new double[n];
        var predecessors = new List<int>[n];
        for (var v = 0; v < n; v++)
        {
            predecessors[v] = [];
        }

        var stack = new Stack<int>(n);
        var queue = new Queue<int>(n);
        for (var s = 0; s < n; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var v = 0; v < n; v++)
            {
                predecessors[v].Clear();
                sigma[v] = 0;
                distance[v] = -1;
                delta[v] = 0;
            }

            sigma[s] = 1;
            distance[s] = 0;
            queue.Enqueue(s);
            while (queue.Count > 0)
            {
                var v = queue.Dequeue();
                stack.Push(v);
                foreach (var w in neighbors[v])
                {
                    if (distance[w] < 0)
                    {
                        distance[w] = distance[v] + 1;
                        queue.Enqueue(w);
                    }

                    if (distance[w] == distance[v] + 1)
                    {
                        sigma[w] += sigma[v];
                        predecessors[w].Add(v);
                    }
                }
            }

            while (stack.Count > 0)
            {
                var w = stack.Pop();
                foreach (var v in predecessors[w])
                {
                    delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
                }

                if (w != s)
                {
                    centrality[w] += delta[w];
                }
            }
        }

        // Each unordered pair was counted from both ends; normalize by the (n-1)(n-2)/2 pairs a node can lie between.
        var pairs = (n - 1) * (n - 2) / 2.0;
        for (var v = 0; v < n; v++)
        {
            centrality[v] = pairs > 0 ? centrality[v] / 2 / pairs : 0;
        }

        return centrality;
    }
}
