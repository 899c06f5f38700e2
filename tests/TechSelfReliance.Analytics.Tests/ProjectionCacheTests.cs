using TechSelfReliance.Analytics.Projection;
using TechSelfReliance.Backend;

namespace TechSelfReliance.Analytics.Tests;

public sealed class ProjectionCacheTests
{
    [Fact]
    public async Task Projection_is_reused_until_the_graph_changes_then_rebuilt()
    {
        var (backend, _) = await SmallGraph.CreateAsync("CREATE ({id: 'a'})-[:R]->({id: 'b'})");
        await using var __ = backend;
        using var cache = new ProjectionCache(backend);

        var first = await cache.GetAsync();
        var again = await cache.GetAsync();
        await backend.RunAsync("CREATE ({id: 'c'})", null, QueryAccess.Write);
        var changed = await cache.GetAsync();

        Assert.Same(first, again);
        Assert.Equal(2, first.Nodes.Count);
        Assert.NotSame(first, changed);
        Assert.Equal(3, changed.Nodes.Count);
        Assert.Equal(2, cache.Builds);
    }

    [Fact]
    public async Task Projection_reads_graphs_larger_than_a_callers_row_budget()
    {
        await using var backend = new Backend.Embedded.EmbeddedBackend(Graph.GraphStore.CreateInMemory(), new Cypher.Runtime.QueryLimits { MaxResultRows = 10, MaxBufferedRows = 10 });
        for (var batch = 0; batch < 10; batch++)
        {
            await backend.RunAsync("UNWIND range(1, 5) AS i CREATE ({id: 'n' + $b + '-' + i})-[:R]->({id: 'm' + $b + '-' + i})",
                new Dictionary<string, Graph.Values.Value> { ["b"] = Graph.Values.Value.Integer(batch) }, QueryAccess.Write);
        }

        await Assert.ThrowsAsync<Cypher.Errors.CypherException>(() => backend.RunAsync("MATCH (n) RETURN n"));
        var projection = await ProjectionReader.ReadAsync(backend);

        Assert.Equal(100, projection.Nodes.Count);
        Assert.Equal(50, projection.Edges.Count);
    }

    [Fact]
    public async Task Concurrent_callers_share_one_build()
    {
        var (backend, _) = await SmallGraph.CreateAsync("UNWIND range(1, 2000) AS i CREATE ({id: 'n' + i})");
        await using var __ = backend;
        using var cache = new ProjectionCache(backend);

        var projections = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => cache.GetAsync())));

        Assert.Equal(1, cache.Builds);
        Assert.All(projections, p => Assert.Same(projections[0], p));
    }
}
