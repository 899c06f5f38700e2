using Microsoft.AspNetCore.Http.HttpResults;
using TechSelfReliance.Api.Contracts;

namespace TechSelfReliance.Api.Apis;

/// <summary>The most central entities by PageRank or betweenness.</summary>
public static class CentralityApi
{
    public static IEndpointRouteBuilder MapCentralityApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGroup("/api").WithTags("Analysis")
            .MapGet("/centrality", GetCentrality)
            .WithSummary("The most central entities: pagerank (QuikGraph, directed, damping 0.85) or betweenness (Brandes, undirected, normalized)");
        return routes;
    }

    private static async Task<Results<Ok<CentralityResponse>, ValidationProblem>> GetCentrality(
        string? algorithm, string? label, int? limit, [AsParameters] AnalyticsServices services, CancellationToken cancellationToken)
    {
        var graph = await services.Projections.GetAsync(cancellationToken);
        var inputs = new ApiInputs(graph);
        var name = (algorithm ?? "pagerank").Trim().ToLowerInvariant();
        if (name is not ("pagerank" or "betweenness"))
        {
            inputs.Fail("algorithm", $"'algorithm' must be pagerank or betweenness; it was '{algorithm}'.");
        }

        var kind = inputs.Label("label", label);
        var count = inputs.Range("limit", limit, 20, 1, 1000);
        if (!inputs.Valid)
        {
            return TypedResults.ValidationProblem(inputs.Errors);
        }

        var scores = services.Centrality.Get(graph, name);
        var results = graph.Nodes
            .Where(n => kind is null || n.HasLabel(kind))
            .OrderByDescending(n => scores[n.Index]).ThenBy(n => n.Name, StringComparer.Ordinal)
            .Take(count)
            .Select(n => new CentralityEntry(ElementMapper.Summary(n), Math.Round(scores[n.Index], 8)))
            .ToArray();
        return TypedResults.Ok(new CentralityResponse(name, kind, results));
    }
}
