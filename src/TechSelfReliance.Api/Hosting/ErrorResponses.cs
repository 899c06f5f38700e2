using System.Text.Json;
using Microsoft.AspNetCore.Mvc;

namespace TechSelfReliance.Api.Hosting;

/// <summary>
/// Writes an error in the shape the caller's API speaks: Neo4j's <c>{"errors":[{code, message}]}</c> under
/// <c>/db/</c>, RFC 7807 problem details everywhere else. Thread-safe (stateless).
/// </summary>
public static class ErrorResponses
{
    public static bool IsQueryApi(HttpContext context) => context.Request.Path.StartsWithSegments("/db");

    public static async Task WriteAsync(HttpContext context, int status, string neo4jCode, string title, string detail)
    {
        if (context.Response.HasStarted)
        {
            return;
        }

        context.Response.StatusCode = status;
        if (IsQueryApi(context))
        {
            context.Response.ContentType = "application/json";
            await using var writer = new Utf8JsonWriter(context.Response.Body);
            Neo4jErrorJson.Write(writer, neo4jCode, detail);
            await writer.FlushAsync(context.RequestAborted);
            return;
        }

        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }
}
