using Microsoft.Extensions.Options;
using TechSelfReliance.Backend;
using TechSelfReliance.Backend.Embedded;
using TechSelfReliance.Cypher.Runtime;
using TechSelfReliance.Graph;

namespace TechSelfReliance.Api.Hosting;

/// <summary>Creates the configured backend (Graph:Backend = Embedded | Neo4j) with the configured query budget.</summary>
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

    private static IGraphBackend CreateOther(string name, IServiceProvider services, QueryLimits limits) =>
        throw new InvalidOperationException($"Unknown Graph:Backend '{name}'. Use Embedded or Neo4j.");
}
