using Microsoft.Extensions.Options;
using TechSelfReliance.Backend;
using TechSelfReliance.Backend.Embedded;
using TechSelfReliance.Backend.Neo4j;
using TechSelfReliance.Cypher.Runtime;
using TechSelfReliance.Graph;

namespace TechSelfReliance.Api.Hosting;

/// <summary>
/// Creates the configured backend (Graph:Backend = Embedded | Neo4j) with the configured query budget. On Neo4j
/// the server enforces its own limits; the request timeout is set above the query time limit.
/// </summary>
public static class BackendFactory
{
    public static IGraphBackend Create(IServiceProvider services)
    {
        var graph = services.GetRequiredService<IOptions<GraphOptions>>().Value;
        var query = services.GetRequiredService<IOptions<QueryOptions>>().Value;
        var limits = new QueryLimits
        {
            Timeout = TimeSpan.FromSeconds(query.TimeoutSeconds),
            MaxResultRows = query.MaxResultRows,
            MaxBufferedRows = query.MaxBufferedRows,
        };

        if (string.Equals(graph.Backend, "Embedded", StringComparison.OrdinalIgnoreCase))
        {
            var store = graph.InMemory
                ? GraphStore.CreateInMemory()
                : GraphStore.Open(new GraphStoreOptions { DataDirectory = Path.GetFullPath(graph.DataDirectory) });
            return new EmbeddedBackend(store, limits);
        }

        return CreateOther(graph.Backend, services, limits);
    }

    private static IGraphBackend CreateOther(string name, IServiceProvider services, QueryLimits limits)
    {
        if (!string.Equals(name, "Neo4j", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Unknown Graph:Backend '{name}'. Use Embedded or Neo4j.");
        }

        var options = services.GetRequiredService<IOptions<Neo4jOptions>>().Value;
        options.RequestTimeoutSeconds = Math.Max(options.RequestTimeoutSeconds, limits.Timeout.TotalSeconds + 5);
        var http = services.GetRequiredService<IHttpClientFactory>().CreateClient(Neo4jHttpClientRegistration.ClientName);
        return new Neo4jBackend(http, options);
    }
}
