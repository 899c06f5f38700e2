using TechSelfReliance.Analytics.Centrality;

namespace TechSelfReliance.Analytics.Tests;

public sealed class CentralityTests
{
    [Fact]
    public async Task Betweenness_of_a_path_graph_is_known()
    {
        // a - b - c - d: b lies on a–c and a–d (2 of the 3 pairs it can lie between), c likewise
        var (backend, graph) = await SmallGraph.CreateAsync("CREATE ({id: 'a'})-[:R]->({id: 'b'})-[:R]->({id: 'c'})-[:R]->({id: 'd'})");
        await using var _ = backend;

        var scores = BetweennessCentrality.Compute(graph);

        Assert.Equal(0, scores[graph.Node("a")], 9);
        Assert.Equal(2.0 / 3, scores[graph.Node("b")], 9);
        Assert.Equal(2.0 / 3, scores[graph.Node("c")], 9);
        Assert.Equal(0, scores[graph.Node("d")], 9);
    }

    [Fact]
    public async Task Star_centre_has_all_the_betweenness()
    {
        var (backend, graph) = await SmallGraph.CreateAsync("CREATE (h {id: 'h'}), (h)-[:R]->({id: 'x'}), (h)-[:R]->({id: 'y'}), (h)-[:R]->({id: 'z'})");
        await using var _ = backend;

        var scores = BetweennessCentrality.Compute(graph);

        Assert.Equal(1.0, scores[graph.Node("h")], 9);
    }

    [Fact]
    public async Task PageRank_of_a_cycle_is_uniform_and_a_sink_collects_rank()
    {
        var (cycleBackend, cycle) = await SmallGraph.CreateAsync("CREATE (a {id: 'a'})-[:R]->({id: 'b'})-[:R]->({id: 'c'})-[:R]->(a)");
        await using var _ = cycleBackend;
        var (starBackend, star) = await SmallGraph.CreateAsync("CREATE (s {id: 's'}), ({id: 'x'})-[:R]->(s), ({id: 'y'})-[:R]->(s), ({id: 'z'})-[:R]->(s)");
        await using var __ = starBackend;

        var uniform = PageRankCentrality.Compute(cycle);
        var sink = PageRankCentrality.Compute(star);

        Assert.All(uniform.Values, r => Assert.Equal(uniform.Values.First(), r, 6));
        Assert.True(sink[star.Node("s")] > sink[star.Node("x")]);
        Assert.Equal(sink[star.Node("x")], sink[star.Node("y")], 9);
    }
}
