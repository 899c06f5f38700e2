using Microsoft.AspNetCore.Http.HttpResults;
using TechSelfReliance.Analytics.Influence;
using TechSelfReliance.Analytics.Neighborhood;
using TechSelfReliance.Analytics.Paths;
using TechSelfReliance.Api.Contracts;

namespace TechSelfReliance.Api.Apis;

/// <summary>The k shortest simple paths between two entities, each hop with its evidence.</summary>
public static class PathsApi
{
    public static IEndpointRouteBuilder MapPathsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGroup("/api").WithTags("Analysis")
            .MapGet("/paths", GetPaths)
            .WithSummary("The k shortest simple paths between two nodes (Yen's algorithm), each hop with its relationship and evidence");
        return routes;
    }

    private static async Task<Results<Ok<PathsResponse>, ProblemHttpResult, ValidationProblem>> GetPaths(
        string? from, string? to, int? k, int? maxHops, string? types, string? direction,
        [AsParameters] AnalyticsServices services, CancellationToken cancellationToken)
    {
        var graph = await services.Projections.GetAsync(cancellationToken);
        var inputs = new ApiInputs(graph);
        var fromId = inputs.Required("from", from);
        var toId = inputs.Required("to", to);
        var count = inputs.Range("k", k, 3, 1, 20);
        var hops = inputs.Range("maxHops", maxHops, 6, 1, 10);
        var typeSet = inputs.Types(types);
        var way = inputs.Direction(direction);
        if (!inputs.Valid)
        {
            return TypedResults.ValidationProblem(inputs.Errors);
        }

        if (!graph.TryFind(fromId, out var start))
        {
            return NotFoundProblem.Node(fromId);
        }

        if (!graph.TryFind(toId, out var end))
        {
            return NotFoundProblem.Node(toId);
        }

        var weights = RelationshipWeights.Default;
        var paths = KShortestPaths.Find(graph, new PathQuery(start.Index, end.Index, count, hops, typeSet, way), weights.Of);
        var views = paths.Select(p => services.Mapper.Path(graph, p, KShortestPaths.Strength(p, weights.Of))).ToArray();
        var nodes = paths.SelectMany(p => p.NodeIndexes).Append(start.Index).Append(end.Index);
        var edges = paths.SelectMany(p => p.Steps.Select(s => s.Edge)).Distinct().ToArray();
        var subgraph = Subgraph.With(graph, nodes, edges);
        return TypedResults.Ok(new PathsResponse(ElementMapper.Summary(start), ElementMapper.Summary(end), count, hops,
            way.ToString().ToLowerInvariant(), views, services.Mapper.Elements(graph, subgraph)));
    }
}
