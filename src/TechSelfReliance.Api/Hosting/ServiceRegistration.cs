using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using TechSelfReliance.Analytics.Influence;
using TechSelfReliance.Analytics.Projection;
using TechSelfReliance.Api.Apis;
using TechSelfReliance.Api.Contracts;
using TechSelfReliance.Api.QueryApi;
using TechSelfReliance.Api.Security;
using TechSelfReliance.Backend;
using TechSelfReliance.Backend.Neo4j;

namespace TechSelfReliance.Api.Hosting;

/// <summary>Registers the service's parts: backend, analytics, Query API, security, OpenAPI.</summary>
public static class ServiceRegistration
{
    public const string CorsPolicy = "allowlist";

    public static WebApplicationBuilder AddTechSelfReliance(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.Configure<GraphOptions>(configuration.GetSection(GraphOptions.Section));
        services.Configure<QueryOptions>(configuration.GetSection(QueryOptions.Section));
        services.Configure<SecurityOptions>(configuration.GetSection(SecurityOptions.Section));
        services.Configure<Neo4jOptions>(configuration.GetSection(Neo4jOptions.Section));
        services.AddNeo4jHttpClient();

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(BackendFactory.Create);
        services.AddSingleton(sp =>
        {
            var backend = sp.GetRequiredService<IGraphBackend>();
            // the embedded engine's version check is a field read; a remote backend is asked at most every few seconds
            return new ProjectionCache(backend, backend.Name == "embedded" ? TimeSpan.Zero : TimeSpan.FromSeconds(5));
        });
        services.AddSingleton(RelationshipWeights.Default);
        services.AddSingleton<ElementMapper>();
        services.AddSingleton(sp => new InfluenceRanker(sp.GetRequiredService<RelationshipWeights>()));
        services.AddSingleton<CentralityCache>();
        services.AddSingleton<TransactionRegistry>();
        services.AddSingleton<CallerAuthenticator>();
        services.AddSingleton<InlineScriptHashes>();
        services.AddHostedService<GraphInitializer>();
        services.AddHostedService<TransactionSweeper>();

        services.AddProblemDetails();
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "TechSelfReliance API";
            document.Info.Description = "The knowledge graph of China's drive for technological self-reliance: Neo4j's Query API v2 for Cypher, and a product API for search, neighbourhoods, paths, influence, centrality and export.";
            return Task.CompletedTask;
        }));

        // read lazily, so that configuration layered on after this call (tests, environment) is honoured
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<SecurityOptions>>((cors, security) => cors.AddPolicy(CorsPolicy, policy =>
        {
            if (security.Value.AllowedOrigins.Length > 0)
            {
                policy.WithOrigins(security.Value.AllowedOrigins).AllowAnyHeader().WithMethods("GET", "POST", "DELETE");
            }
        }));
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<SecurityOptions>>((kestrel, security) =>
            kestrel.Limits.MaxRequestBodySize = security.Value.MaxRequestBodyBytes);
        services.AddRateLimiter(options => ConfigureRateLimiting(options));
        return builder;
    }

    private static void ConfigureRateLimiting(RateLimiterOptions options)
    {
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            if (context.Request.Path.StartsWithSegments("/health"))
            {
                return RateLimitPartition.GetNoLimiter("health");
            }

            var limits = context.RequestServices.GetRequiredService<IOptions<SecurityOptions>>().Value.RateLimit;
            var client = context.Connection.RemoteIpAddress?.ToString() ?? "local";
            return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = limits.PermitsPerWindow,
                Window = TimeSpan.FromSeconds(limits.WindowSeconds),
                QueueLimit = 0,
                AutoReplenishment = true,
            });
        });
        options.OnRejected = async (rejection, cancellationToken) =>
        {
            var context = rejection.HttpContext;
            var window = context.RequestServices.GetRequiredService<IOptions<SecurityOptions>>().Value.RateLimit.WindowSeconds;
            var retryAfter = rejection.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait.TotalSeconds : window;
            var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter));
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            await ErrorResponses.WriteAsync(context, StatusCodes.Status429TooManyRequests, "Neo.TransientError.Request.RateLimited",
                "Too many requests", $"This client sent more requests than allowed; try again in {seconds} s.");
        };
    }
}
