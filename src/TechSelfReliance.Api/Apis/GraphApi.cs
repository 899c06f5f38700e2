using Microsoft.AspNetCore.Http.HttpResults;
using TechSelfReliance.Analytics.Influence;
using TechSelfReliance.Analytics.Neighborhood;
using TechSelfReliance.Analytics.Search;
using TechSelfReliance.Api.Contracts;

namespace TechSelfReliance.Api.Apis;

/// <summary>The graph itself: its schema, search, one node, and a node's neighbourhood.</summary>
public static class GraphApi
{
    public static IEndpointRouteBuilder MapGraphApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api").WithTags("Graph");
        group.MapGet("/schema", GetSchema).WithSummary("Labels, relationship types (with the kinds they connect), property keys and counts");
        group.MapGet("/search", Search).WithSummary("Ranked, typo-tolerant search over names, aliases and ids");
        group.MapGet("/nodes/{id}", GetNode).WithSummary("One node with its properties and its relationships' evidence");
        group.MapGet("/nodes/{id}/neighbors", GetNeighbors).WithSummary("A node's neighbourhood as Cytoscape elements, edges carrying their evidence");
        group.MapGet("/graph", GetGraph).WithSummary("The whole graph (or one label's nodes) as Cytoscape elements");
        return routes;
    }

    private static async Task<Ok<SchemaResponse>> GetSchema([AsParameters] AnalyticsServices services, CancellationToken cancellationToken)
    {
        var graph = await services.Projections.GetAsync(cancellationToken);
        var labels = graph.Labels.Select(l => new LabelCount(l, graph.Nodes.Count(n => n.HasLabel(l)))).ToArray();
        var types = graph.Edges.GroupBy(e => e.Type, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new RelationshipTypeCount(g.Key, g.Count(), g
                .GroupBy(e => (From: graph.Nodes[e.Source].Kind, To: graph.Nodes[e.Target].Kind))
                .Select(p => new KindPair(p.Key.From, p.Key.To, p.Count()))
                .OrderByDescending(p => p.Count).ThenBy(p => p.From, StringComparer.Ordinal).ThenBy(p => p.To, StringComparer.Ordinal)
                .ToArray()))
            .ToArray();
        var keys = graph.Nodes.SelectMany(n => n.Properties.Keys).Concat(graph.Edges.SelectMany(e => e.Properties.Keys))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        return TypedResults.Ok(new SchemaResponse(services.Backend.Name, graph.Nodes.Count, graph.Edges.Count, labels, types, keys));
    }

    private static async Task<Results<Ok<SearchResponse>, ValidationProblem>> Search(
        string? q, int? limit, string? label, [AsParameters] AnalyticsServices services, CancellationToken cancellationToken)
    {
        var graph = await services.Projections.GetAsync(cancellationToken);
        var inputs = new ApiInputs(graph);
        var query = inputs.Required("q", q);
        if (query.Length > 200)
        {
            inputs.Fail("q", "'q' is at most 200 characters.");
        }

        var count = inputs.Range("limit", limit, 10, 1, 100);
        var kind = inputs.Label("label", label);
        if (!inputs.Valid)
        {
            return TypedResults.ValidationProblem(inputs.Errors);
        }

        var hits = EntitySearch.Find(graph, query, count, kind)
            .Select(h => new SearchResult(h.Node.Key, h.Node.Name, h.Node.Kind, h.Node.Labels, h.Score, h.Matched))
            .ToArray();
        return TypedResults.Ok(new SearchResponse(query, hits));
    }

    private static async Task<Results<Ok<NodeDetails>, ProblemHttpResult>> GetNode(string id, [AsParameters] AnalyticsServices services, CancellationToken cancellationToken)
    {
        var graph = await services.Projections.GetAsync(cancellationToken);
        return graph.TryFind(id, out var node)
            ? TypedResults.Ok(services.Mapper.Details(graph, node))
            : NotFoundProblem.Node(id);
    }

    private static async Task<Results<Ok<GraphElements>, ProblemHttpResult, ValidationProblem>> GetNeighbors(
        string id, int? depth, string? types, string? direction, int? limit, [AsParameters] AnalyticsServices services, CancellationToken cancellationToken)
    {
        var graph = await services.Projections.GetAsync(cancellationToken);
        if (!graph.TryFind(id, out var node))
        {
            return NotFoundProblem.Node(id);
        }

        var inputs = new ApiInputs(graph);
        var levels = inputs.Range("depth", depth, 1, 1, 4);
        var maximum = inputs.Range("limit", limit, 50, 1, 2000);
        var typeSet = inputs.Types(types);
        var way = inputs.Direction(direction);
        if (!inputs.Valid)
        {
            return TypedResults.ValidationProblem(inputs.Errors);
        }

        var subgraph = NeighborhoodExplorer.Explore(graph, node.Index, levels, maximum, typeSet, way, RelationshipWeights.Default);
        return TypedResults.Ok(services.Mapper.Elements(graph, subgraph));
    }

    private static async Task<Results<Ok<GraphElements>, ValidationProblem>> GetGraph(string? label, int? limit, [AsParameters] AnalyticsServices services, CancellationToken cancellationToken)
    {
        var graph = await services.Projections.GetAsync(cancellationToken);
        var inputs = new ApiInputs(graph);
        var kind = inputs.Label("label", label);
        var maximum = inputs.Range("limit", limit, 5000, 1, 100_000);
        if (!inputs.Valid)
        {
            return TypedResults.ValidationProblem(inputs.Errors);
        }

        var nodes = graph.Nodes.Where(n => kind is null || n.HasLabel(kind)).Take(maximum).Select(n => n.Index);
        return TypedResults.Ok(services.Mapper.Elements(graph, Subgraph.Of(graph, nodes)));
    }
}
