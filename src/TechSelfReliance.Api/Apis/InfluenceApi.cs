using Microsoft.AspNetCore.Http.HttpResults;
using TechSelfReliance.Analytics.Influence;
using TechSelfReliance.Analytics.Neighborhood;
using TechSelfReliance.Api.Contracts;

namespace TechSelfReliance.Api.Apis;

/// <summary>Who is affected by X, through what, how strongly, and the reverse: what affects X.</summary>
public static class InfluenceApi
{
    public const string Scoring =
        "Each simple path p of at most maxHops hops has strength s(p) = w(r1)·…·w(rn)·0.7^(n−1), where w is the relationship's " +
        "weight property or its type's weight (TARGETS 1.0, RESTRICTS 0.9, SUBSIDIARY_OF 0.9, … default 0.5). " +
        "An entity's score is 1 − Π(1 − s(p)) over all its paths (noisy-or): 1 is a full-strength direct link.";

    public static IEndpointRouteBuilder MapInfluenceApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGroup("/api").WithTags("Analysis")
            .MapGet("/influence", GetInfluence)
            .WithSummary("Entities of a kind that a source reaches, ranked by a decayed weighted path score, with the paths that explain each")
            .WithDescription(Scoring + " With reverse=true the source is the affected entity and the results are what influences it.");
        return routes;
    }

    private static async Task<Results<Ok<InfluenceResponse>, ProblemHttpResult, ValidationProblem>> GetInfluence(
        string? source, string? target, int? maxHops, int? limit, bool? reverse, string? types, string? direction,
        [AsParameters] AnalyticsServices services, CancellationToken cancellationToken)
    {
        var graph = await services.Projections.GetAsync(cancellationToken);
        var inputs = new ApiInputs(graph);
        var sourceId = inputs.Required("source", source);
        var label = inputs.Label("target", target ?? (reverse == true ? null : "Company"));
        var hops = inputs.Range("maxHops", maxHops, 3, 1, 6);
        var count = inputs.Range("limit", limit, 20, 1, 500);
        var typeSet = inputs.Types(types);
        var way = inputs.Direction(direction);
        if (!inputs.Valid)
        {
            return TypedResults.ValidationProblem(inputs.Errors);
        }

        if (!graph.TryFind(sourceId, out var node))
        {
            return NotFoundProblem.Node(sourceId);
        }

        var query = new InfluenceQuery(node.Index, label, hops, count, typeSet, way, reverse == true);
        var ranking = services.Influence.Rank(graph, query, cancellationToken);
        var entries = ranking.Entities
            .Select(e => new InfluenceEntry(ElementMapper.Summary(e.Node), Math.Round(e.Score, 6), e.Distance, e.PathCount,
                e.BestPaths.Select(p => services.Mapper.Path(graph, p)).ToArray()))
            .ToArray();
        var nodes = ranking.Entities.SelectMany(e => e.BestPaths.SelectMany(p => p.Path.NodeIndexes)).Append(node.Index);
        var edges = ranking.Entities.SelectMany(e => e.BestPaths.SelectMany(p => p.Path.Steps.Select(s => s.Edge))).Distinct().ToArray();
        var subgraph = Subgraph.With(graph, nodes, edges);
        return TypedResults.Ok(new InfluenceResponse(ElementMapper.Summary(node), label, reverse == true, hops, Scoring,
            ranking.PathsExplored, ranking.Truncated, entries, services.Mapper.Elements(graph, subgraph)));
    }
}
