using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace TechSelfReliance.Backend.Neo4j;

/// <summary>
/// The HTTP client of the Neo4j backend, with retries for transient failures (503, 429, 408, a refused
/// connection) but only for requests that cannot have written: reads, transaction starts and rollbacks.
/// </summary>
public static class Neo4jHttpClientRegistration
{
    public const string ClientName = "neo4j";

    public static IHttpClientBuilder AddNeo4jHttpClient(this IServiceCollection services)
    {
        var builder = services.AddHttpClient(ClientName);
        builder.AddResilienceHandler("neo4j-retries", pipeline => pipeline.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = 3,
            Delay = TimeSpan.FromMilliseconds(200),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            ShouldHandle = arguments =>
            {
                var safe = arguments.Outcome.Result?.RequestMessage?.Options.TryGetValue(QueryApiRequest.RetrySafe, out var flag) == true && flag;
                var transientStatus = arguments.Outcome.Result is { } response && (int)response.StatusCode is 503 or 429 or 408;
                var refused = arguments.Outcome.Exception is HttpRequestException { InnerException: SocketException { SocketErrorCode: SocketError.ConnectionRefused } };
                return ValueTask.FromResult((safe && transientStatus) || refused);
            },
        }));
        return builder;
    }
}
