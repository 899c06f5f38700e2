using TechSelfReliance.Analytics.Projection;
using TechSelfReliance.Backend;
using TechSelfReliance.Backend.Embedded;
using TechSelfReliance.Graph;

namespace TechSelfReliance.Analytics.Tests;

/// <summary>A small hand-drawn graph in a real embedded store, projected the way the service projects it.</summary>
public static class SmallGraph
{
    public static async Task<(EmbeddedBackend Backend, GraphProjection Graph)> CreateAsync(string createStatement)
    {
        var backend = new EmbeddedBackend(GraphStore.CreateInMemory());
        await backend.RunAsync(createStatement, null, QueryAccess.Write);
        return (backend, await ProjectionReader.ReadAsync(backend));
    }

    public static int Node(this GraphProjection graph, string key) =>
        graph.TryFind(key, out var node) ? node.Index : throw new KeyNotFoundException(key);

    public static string Keys(this GraphProjection graph, IEnumerable<int> nodes) => string.Join(">", nodes.Select(n => graph.Nodes[n].Key));
}
