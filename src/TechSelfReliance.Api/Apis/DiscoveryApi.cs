using Microsoft.Extensions.FileProviders;

namespace TechSelfReliance.Api.Apis;

/// <summary>
/// The root: the explorer's page for browsers, and for JSON clients the discovery document Neo4j serves there
/// (Query API drivers read <c>query</c> from it to find <c>/db/{databaseName}/query/v2</c>).
/// </summary>
public static class DiscoveryApi
{
    public const string CompatibleNeo4jVersion = "5.26.0";

    public static IEndpointRouteBuilder MapDiscoveryApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/", Root).WithTags("Discovery").WithSummary("The explorer page, or (Accept: application/json) Neo4j's discovery document");
        return routes;
    }

    private static IResult Root(HttpContext http, IWebHostEnvironment environment)
    {
        var accept = http.Request.Headers.Accept.ToString();
        if (accept.Contains("application/json", StringComparison.OrdinalIgnoreCase) && !accept.Contains("text/html", StringComparison.OrdinalIgnoreCase))
        {
            var origin = $"{http.Request.Scheme}://{http.Request.Host}";
            return TypedResults.Json(new Dictionary<string, string>
            {
                ["query"] = origin + "/db/{databaseName}/query/v2",
                ["neo4j_version"] = CompatibleNeo4jVersion,
                ["neo4j_edition"] = "community",
                ["product"] = "TechSelfReliance",
            });
        }

        var page = environment.WebRootFileProvider.GetFileInfo("index.html");
        return page.Exists && page.PhysicalPath is not null
            ? TypedResults.PhysicalFile(page.PhysicalPath, "text/html; charset=utf-8")
            : TypedResults.Text("The web UI is not available: web/index.html was not found.", "text/plain", statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
