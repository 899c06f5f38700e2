using Microsoft.Extensions.Options;
using TechSelfReliance.Backend;
using TechSelfReliance.Backend.Seeding;

namespace TechSelfReliance.Api.Hosting;

/// <summary>
/// Before the server takes requests: loads the seed into an empty graph, or replaces the graph with a fresh
/// load when asked (<c>--reseed</c>). A missing seed folder is reported and the service starts anyway.
/// </summary>
public sealed class GraphInitializer(IGraphBackend backend, IOptions<GraphOptions> options, ILogger<GraphInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var health = await backend.CheckHealthAsync(cancellationToken);
        logger.LogInformation("Graph backend: {Backend} — {Detail}", health.Backend, health.Detail);
        if (!settings.Reseed && !settings.SeedWhenEmpty)
        {
            return;
        }

        var seed = SeedLoader.Locate(settings.SeedDirectory);
        if (seed is null)
        {
            logger.LogWarning("No graph-seed folder found (Graph:SeedDirectory = '{Configured}'); the graph is not seeded.", settings.SeedDirectory);
            return;
        }

        var loader = new SeedLoader(backend);
        if (settings.Reseed)
        {
            var report = await loader.ReloadAsync(seed, cancellationToken);
            logger.LogInformation("Reseeded from {Seed}: {Report}", seed, report);
            return;
        }

        var count = await backend.RunAsync("MATCH (n) RETURN count(n) AS nodes", null, QueryAccess.Read, cancellationToken);
        if (count.Rows[0][0].AsInteger() == 0)
        {
            var report = await loader.LoadAsync(seed, cancellationToken);
            logger.LogInformation("Seeded the empty graph from {Seed}: {Report}", seed, report);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
