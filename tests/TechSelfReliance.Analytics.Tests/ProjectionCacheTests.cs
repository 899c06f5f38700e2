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
