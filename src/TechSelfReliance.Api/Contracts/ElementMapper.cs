using TechSelfReliance.Analytics.Influence;
using TechSelfReliance.Analytics.Neighborhood;
using TechSelfReliance.Analytics.Paths;
using TechSelfReliance.Analytics.Projection;

namespace TechSelfReliance.Api.Contracts;

/// <summary>Turns projection objects into the product API's shapes. Thread-safe (stateless apart from the immutable weights).</summary>
public sealed class ElementMapper(RelationshipWeights weights)
{
    public static NodeSummary Summary(ProjectedNode node) => new(node.Key, node.Name, node.Kind, node.Labels);

    public NodeDetails Details(GraphProjection graph, ProjectedNode node)
    {
        var relationships = graph.StepsFrom(node.Index, TraversalDirection.Both)
            .Select(s => Relationship(graph, s.Edge))
            .OrderBy(r => r.Type, StringComparer.Ordinal).ThenBy(r => r.End.Name, StringComparer.Ordinal)
            .ToArray();
        return new NodeDetails(node.Key, node.ElementId, node.Name, node.Kind, node.Labels, PropertyJson.ToPlain(node.Properties), graph.Degree(node.Index), relationships);
    }

    public RelationshipView Relationship(GraphProjection graph, ProjectedEdge edge) =>
        new(edge.ElementId, edge.Type, Summary(graph.Nodes[edge.Source]), Summary(graph.Nodes[edge.Target]), edge.Evidence, edge.Section,
            Citation(edge), weights.Of(edge), PropertyJson.ToPlain(edge.Properties));

    public GraphElements Elements(GraphProjection graph, Subgraph subgraph) =>
        new(subgraph.Nodes.Select(n => Node(graph, n)).ToArray(),
            subgraph.Edges.Select(e => Edge(graph, e)).ToArray(),
            subgraph.MoreNeighbors.ToDictionary(p => graph.Nodes[p.Key].Key, p => p.Value, StringComparer.Ordinal));

    public ElementNode Node(GraphProjection graph, ProjectedNode node) =>
        new(new ElementNodeData(node.Key, node.ElementId, node.Name, node.Kind, node.Labels,
            node.Properties.TryGet("summary", out var summary) && summary.Kind == Graph.Values.ValueKind.String ? summary.AsString() : null,
            graph.Degree(node.Index), PropertyJson.ToPlain(node.Properties)));

    public ElementEdge Edge(GraphProjection graph, ProjectedEdge edge) =>
        new(new ElementEdgeData(edge.ElementId, graph.Nodes[edge.Source].Key, graph.Nodes[edge.Target].Key, edge.Type, edge.Evidence, edge.Section,
            Citation(edge), weights.Of(edge), PropertyJson.ToPlain(edge.Properties)));

    public PathView Path(GraphProjection graph, GraphPath path, double strength)
    {
        var hops = path.Steps.Select(step =>
        {
            var from = graph.Nodes[step.From];
            var to = graph.Nodes[step.To];
            var statement = step.Forward
                ? $"{from.Name} {Verb(step.Edge.Type)} {to.Name}"
                : $"{to.Name} {Verb(step.Edge.Type)} {from.Name}";
            return new HopView(Summary(from), Summary(to), Relationship(graph, step.Edge), step.Forward ? "forward" : "backward", statement);
        }).ToArray();
        return new PathView(path.Length, Math.Round(strength, 6), path.NodeIndexes.Select(i => Summary(graph.Nodes[i])).ToArray(), hops);
    }

    public PathView Path(GraphProjection graph, ScoredPath path) => Path(graph, path.Path, path.Strength);

    private static string? Citation(ProjectedEdge edge) =>
        edge.Properties.TryGet("source", out var source) && source.Kind == Graph.Values.ValueKind.String ? source.AsString() : null;

    private static string Verb(string type) => type.Replace('_', ' ').ToLowerInvariant();
}
