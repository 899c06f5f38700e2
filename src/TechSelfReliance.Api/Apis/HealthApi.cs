using System.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using TechSelfReliance.Api.Contracts;
using TechSelfReliance.Backend;

namespace TechSelfReliance.Api.Apis;

/// <summary>
/// Liveness (<c>/health/live</c>: the process answers) and readiness (<c>/health</c>, <c>/health/ready</c>:
/// the backend answers too, within two seconds). Not rate limited.
/// </summary>
public static class HealthApi
{
    private static readonly DateTime ProcessStarted = ReadProcessStart();
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/health").WithTags("Health").DisableRateLimiting();
        group.MapGet("/", Ready).WithSummary("Readiness: the service and its backend");
        group.MapGet("/ready", Ready).WithSummary("Readiness: the service and its backend");
        group.MapGet("/live", () => TypedResults.Ok(new { status = "Healthy" })).WithSummary("Liveness: the process answers");
        return routes;
    }

    private static async Task<Results<Ok<HealthResponse>, JsonHttpResult<HealthResponse>>> Ready(IGraphBackend backend, CancellationToken cancellationToken)
    {
        var uptime = (DateTime.Now - ProcessStarted).TotalSeconds;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(2));
            var health = await backend.CheckHealthAsync(timeout.Token);
            var response = new HealthResponse(health.Healthy ? "Healthy" : "Unhealthy", health.Backend, health.Detail, Math.Round(uptime, 1), health.Data);
            return health.Healthy ? TypedResults.Ok(response) : TypedResults.Json(response, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return TypedResults.Json(new HealthResponse("Unhealthy", backend.Name, error.Message, Math.Round(uptime, 1), null), statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    private static DateTime ReadProcessStart()
    {
        using var process = Process.GetCurrentProcess();
        return process.StartTime;
    }
}
