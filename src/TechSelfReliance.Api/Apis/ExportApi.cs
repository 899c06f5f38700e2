using Microsoft.AspNetCore.Http.HttpResults;
using TechSelfReliance.Analytics.Influence;
using TechSelfReliance.Analytics.Neighborhood;
using TechSelfReliance.Analytics.Projection;
using TechSelfReliance.Api.Export;
using TechSelfReliance.Api.QueryApi;
using TechSelfReliance.Backend;
using TechSelfReliance.Cypher.Errors;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Api.Apis;

/// <summary>
/// The whole graph, or a part of it, as JSON, GraphML, CSV or a Cypher script. The part is a read-only
/// Cypher query's nodes, relationships and paths (<c>query</c>), a node's neighbourhood (<c>focus</c>,
/// <c>depth</c>), or one label's nodes (<c>label</c>).
/// </summary>
public static class ExportApi
{
    public static IEndpointRouteBuilder MapExportApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGroup("/api").WithTags("Export")
            .MapGet("/export", GetExport)
            .WithSummary("The graph or a query's subgraph as json, graphml (Gephi, yEd), csv (zip of nodes.csv and relationships.csv) or cypher");
        return routes;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult, ValidationProblem>> GetExport(
        string? format, string? query, string? focus, int? depth, string? label, [AsParameters] AnalyticsServices services, HttpContext http)
    {
        var cancellationToken = http.RequestAborted;
        var graph = await services.Projections.GetAsync(cancellationToken);
        var inputs = new ApiInputs(graph);
        var kind = (format ?? "json").Trim().ToLowerInvariant();
        if (kind is not ("json" or "graphml" or "csv" or "cypher"))
        {
            inputs.Fail("format", $"'format' must be json, graphml, csv or cypher; it was '{format}'.");
        }

        var levels = inputs.Range("depth", depth, 1, 1, 4);
        var onlyLabel = inputs.Label("label", label);
        if (new[] { query, focus, label }.Count(s => !string.IsNullOrWhiteSpace(s)) > 1)
        {
            inputs.Fail("query", "Give at most one of 'query', 'focus' and 'label'.");
        }

        if (!inputs.Valid)
        {
            return TypedResults.ValidationProblem(inputs.Errors);
        }

        Subgraph subgraph;
        if (!string.IsNullOrWhiteSpace(query))
        {
            try
            {
                var result = await services.Backend.RunAsync(query, null, QueryAccess.Read, cancellationToken);
                subgraph = FromResult(graph, result.Rows);
            }
            catch (CypherException error)
            {
                var failure = QueryFailure.From(error);
                return TypedResults.Problem(statusCode: error.ErrorClass == CypherErrorClass.AccessMode ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest,
                    title: "The query cannot be exported", detail: failure.Message, extensions: new Dictionary<string, object?> { ["code"] = failure.Code });
            }
        }
        else if (!string.IsNullOrWhiteSpace(focus))
        {
            if (!graph.TryFind(focus, out var center))
            {
                return NotFoundProblem.Node(focus);
            }

            subgraph = NeighborhoodExplorer.Explore(graph, center.Index, levels, int.MaxValue, null, TraversalDirection.Both, RelationshipWeights.Default);
        }
        else
        {
            subgraph = Subgraph.Of(graph, graph.Nodes.Where(n => onlyLabel is null || n.HasLabel(onlyLabel)).Select(n => n.Index));
        }

        var file = kind switch
        {
            "graphml" => GraphMlExporter.Write(subgraph, graph),
            "csv" => CsvExporter.Write(subgraph, graph),
            "cypher" => CypherScriptExporter.Write(subgraph, graph),
            _ => JsonExporter.Write(subgraph, graph),
        };
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    /// <summary>Every node, relationship and path in the rows (inside lists and maps too), with the end nodes of the relationships.</summary>
    private static Subgraph FromResult(GraphProjection graph, IReadOnlyList<Value[]> rows)
    {
        var nodes = new HashSet<int>();
        var edgeIds = new HashSet<string>(StringComparer.Ordinal);
        void Collect(Value value)
        {
            switch (value.Kind)
            {
                case ValueKind.Node when value.NodeContent is { } node && graph.TryFind(node.ElementId, out var found):
                    nodes.Add(found.Index);
                    break;
                case ValueKind.Relationship when value.RelationshipContent is { } relationship:
                    edgeIds.Add(relationship.ElementId);
                    break;
                case ValueKind.Path:
                    foreach (var item in value.AsPath().Nodes.Concat(value.AsPath().Relationships))
                    {
                        Collect(item);
                    }

                    break;
                case ValueKind.List:
                    foreach (var item in value.AsList().Items)
                    {
                        Collect(item);
                    }

                    break;
                case ValueKind.Map:
                    foreach (var item in value.AsMap().Values)
                    {
                        Collect(item);
                    }

                    break;
            }
        }

        foreach (var row in rows)
        {
            foreach (var value in row)
            {
                Collect(value);
            }
        }

        var edges = graph.Edges.Where(e => edgeIds.Contains(e.ElementId)).ToArray();
        foreach (var edge in edges)
        {
            nodes.Add(edge.Source);
            nodes.Add(edge.Target);
        }

        return Subgraph.With(graph, nodes, edges);
    }
}
