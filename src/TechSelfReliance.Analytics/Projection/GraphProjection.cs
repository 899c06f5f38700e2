using QuikGraph;

namespace TechSelfReliance.Analytics.Projection;

/// <summary>
/// An immutable in-memory copy of the graph for analytics: nodes, edges and a QuikGraph bidirectional graph
/// over node indexes. Thread-safe: never changes after construction.
/// </summary>
public sealed class GraphProjection
{
    private readonly Dictionary<string, int> _byKey;
    private readonly Dictionary<string, int> _byElementId;

    public GraphProjection(IReadOnlyList<ProjectedNode> nodes, IReadOnlyList<ProjectedEdge> edges, string version)
    {
        Nodes = nodes;
        Edges = edges;
        Version = version;
        _byKey = new Dictionary<string, int>(nodes.Count, StringComparer.Ordinal);
        _byElementId = new Dictionary<string, int>(nodes.Count, StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            _byKey.TryAdd(node.Key, node.Index);
            _byElementId[node.ElementId] = node.Index;
        }

        Graph = new BidirectionalGraph<int, ProjectedEdge>(allowParallelEdges: true, capacity: nodes.Count);
        Graph.AddVertexRange(Enumerable.Range(0, nodes.Count));
        Graph.AddEdgeRange(edges);
        Labels = nodes.SelectMany(n => n.Labels).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        RelationshipTypes = edges.Select(e => e.Type).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
    }

    public IReadOnlyList<ProjectedNode> Nodes { get; }

    public IReadOnlyList<ProjectedEdge> Edges { get; }

    public BidirectionalGraph<int, ProjectedEdge> Graph { get; }

    /// <summary>The backend's data version the projection was read at.</summary>
    public string Version { get; }

    public IReadOnlyList<string> Labels { get; }

    public IReadOnlyList<string> RelationshipTypes { get; }

    /// <summary>Finds a node by its key (the <c>id</c> property) or its element id.</summary>
    public bool TryFind(string keyOrElementId, out ProjectedNode node)
    {
        if (_byKey.TryGetValue(keyOrElementId, out var index) || _byElementId.TryGetValue(keyOrElementId, out index))
        {
            node = Nodes[index];
            return true;
        }

        node = null!;
        return false;
    }

    public int Degree(int node) => Graph.OutDegree(node) + Graph.InDegree(node);

    /// <summary>The hops available from a node in a direction, in edge order, optionally restricted to some types.</summary>
    public IEnumerable<Step> StepsFrom(int node, TraversalDirection direction, IReadOnlySet<string>? types = null)
    {
        if (direction != TraversalDirection.Incoming)
        {
            foreach (var edge in Graph.OutEdges(node))
            {
                if (types is null || types.Contains(edge.Type))
                {
                    yield return new Step(edge, Forward: true);
                }
            }
        }

        if (direction != TraversalDirection.Outgoing)
        {
            foreach (var edge in Graph.InEdges(node))
            {
                if ((types is null || types.Contains(edge.Type)) && !(direction == TraversalDirection.Both && edge.Source == edge.Target))
                {
                    yield return new Step(edge, Forward: false);
                }
            }
        }
    }
}
