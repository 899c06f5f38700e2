using TechSelfReliance.Analytics.Paths;
using TechSelfReliance.Analytics.Projection;

namespace TechSelfReliance.Analytics.Tests;

public sealed class KShortestPathsTests
{
    // a -> b -> d, a -> c -> d, a -> d, b -> c, c -> e -> d
    private const string Diamond = """
        CREATE (a {id: 'a'}), (b {id: 'b'}), (c {id: 'c'}), (d {id: 'd'}), (e {id: 'e'}),
               (a)-[:R]->(b), (b)-[:R]->(d), (a)-[:R]->(c), (c)-[:R]->(d), (a)-[:R]->(d), (b)-[:R]->(c), (c)-[:R]->(e), (e)-[:R]->(d)
        """;

    [Fact]
    public async Task Paths_come_shortest_first_and_are_all_the_simple_paths_when_k_is_large()
    {
        var (backend, graph) = await SmallGraph.CreateAsync(Diamond);
        await using var _ = backend;

        var paths = KShortestPaths.Find(graph, new PathQuery(graph.Node("a"), graph.Node("d"), 10, 10, null, TraversalDirection.Outgoing));

        // by hand: a>d (1); a>b>d, a>c>d (2); a>b>c>d, a>c>e>d (3); a>b>c>e>d (4)
        var keys = paths.Select(p => graph.Keys(p.NodeIndexes)).ToArray();
        Assert.Equal(6, keys.Length);
        Assert.Equal("a>d", keys[0]);
        Assert.Equal(["a>b>d", "a>c>d"], keys[1..3].Order());
        Assert.Equal(["a>b>c>d", "a>c>e>d"], keys[3..5].Order());
        Assert.Equal("a>b>c>e>d", keys[5]);
        Assert.Equal(keys.Length, keys.Distinct().Count());
    }

    [Fact]
    public async Task K_limits_the_answer_and_max_hops_cuts_long_paths()
    {
        var (backend, graph) = await SmallGraph.CreateAsync(Diamond);
        await using var _ = backend;

        var two = KShortestPaths.Find(graph, new PathQuery(graph.Node("a"), graph.Node("d"), 2, 10, null, TraversalDirection.Outgoing));
        var short_ = KShortestPaths.Find(graph, new PathQuery(graph.Node("a"), graph.Node("d"), 10, 2, null, TraversalDirection.Outgoing));

        Assert.Equal(2, two.Count);
        Assert.Equal([1, 2], two.Select(p => p.Length));
        Assert.Equal(3, short_.Count);
        Assert.All(short_, p => Assert.True(p.Length <= 2));
    }

    [Fact]
    public async Task Direction_decides_which_arrows_may_be_followed()
    {
        var (backend, graph) = await SmallGraph.CreateAsync(Diamond);
        await using var _ = backend;

        var against = KShortestPaths.Find(graph, new PathQuery(graph.Node("d"), graph.Node("a"), 3, 10, null, TraversalDirection.Outgoing));
        var backwards = KShortestPaths.Find(graph, new PathQuery(graph.Node("d"), graph.Node("a"), 3, 10, null, TraversalDirection.Incoming));
        var either = KShortestPaths.Find(graph, new PathQuery(graph.Node("d"), graph.Node("a"), 1, 10, null, TraversalDirection.Both));

        Assert.Empty(against);
        Assert.Equal("d>a", graph.Keys(backwards[0].NodeIndexes));
        Assert.All(backwards.SelectMany(p => p.Steps), s => Assert.False(s.Forward));
        Assert.Equal("d>a", graph.Keys(Assert.Single(either).NodeIndexes));
    }

    [Fact]
    public async Task Parallel_relationships_are_distinct_paths_and_types_filter_them()
    {
        var (backend, graph) = await SmallGraph.CreateAsync("CREATE (a {id: 'a'}), (b {id: 'b'}), (a)-[:X]->(b), (a)-[:Y]->(b), (a)-[:X]->(:Hub {id: 'h'})-[:X]->(b)");
        await using var _ = backend;

        var all = KShortestPaths.Find(graph, new PathQuery(graph.Node("a"), graph.Node("b"), 5, 5, null, TraversalDirection.Both));
        var onlyX = KShortestPaths.Find(graph, new PathQuery(graph.Node("a"), graph.Node("b"), 5, 5, new HashSet<string> { "X" }, TraversalDirection.Both));

        Assert.Equal([1, 1, 2], all.Select(p => p.Length));
        Assert.Equal(["X", "Y"], all.Take(2).Select(p => p.Steps[0].Edge.Type).Order());
        Assert.Equal([1, 2], onlyX.Select(p => p.Length));
    }

    [Fact]
    public async Task Equal_length_paths_come_strongest_first()
    {
        var (backend, graph) = await SmallGraph.CreateAsync(
            "CREATE (a {id: 'a'}), (b {id: 'b'}), (a)-[:R {weight: 0.2}]->({id: 'weak'})-[:R {weight: 0.2}]->(b), (a)-[:R {weight: 0.9}]->({id: 'strong'})-[:R {weight: 0.9}]->(b)");
        await using var _ = backend;
        var weights = Influence.RelationshipWeights.Default;

        var paths = KShortestPaths.Find(graph, new PathQuery(graph.Node("a"), graph.Node("b"), 2, 4, null, TraversalDirection.Both), weights.Of);

        Assert.Equal("a>strong>b", graph.Keys(paths[0].NodeIndexes));
        Assert.Equal(0.81, KShortestPaths.Strength(paths[0], weights.Of), 9);
    }

    [Fact]
    public async Task Same_start_and_end_is_the_empty_path_and_unreachable_is_none()
    {
        var (backend, graph) = await SmallGraph.CreateAsync("CREATE ({id: 'a'})-[:R]->({id: 'b'}), ({id: 'island'})");
        await using var _ = backend;

        var self = KShortestPaths.Find(graph, new PathQuery(graph.Node("a"), graph.Node("a"), 3, 3, null, TraversalDirection.Both));
        var none = KShortestPaths.Find(graph, new PathQuery(graph.Node("a"), graph.Node("island"), 3, 3, null, TraversalDirection.Both));

        Assert.Equal(0, Assert.Single(self).Length);
        Assert.Empty(none);
    }
}
