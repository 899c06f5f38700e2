using TechSelfReliance.Analytics.Influence;
using TechSelfReliance.Analytics.Projection;

namespace TechSelfReliance.Analytics.Tests;

public sealed class InfluenceRankerTests
{
    // s -TARGETS-> c1; s -RESTRICTS-> t; c2 -DEPENDS_ON-> t; c1 -SUBSIDIARY_OF... (c3)-[:SUBSIDIARY_OF]->(c1)
    private const string Sanctions = """
        CREATE (s:Sanction {id: 's'}), (c1:Company {id: 'c1'}), (c2:Company {id: 'c2'}), (c3:Company {id: 'c3'}), (t:Technology {id: 't'}),
               (s)-[:TARGETS]->(c1), (s)-[:RESTRICTS]->(t), (c2)-[:DEPENDS_ON]->(t), (c3)-[:SUBSIDIARY_OF]->(c1)
        """;

    [Fact]
    public async Task Scores_follow_the_documented_formula()
    {
        var (backend, graph) = await SmallGraph.CreateAsync(Sanctions);
        await using var _ = backend;
        var ranker = new InfluenceRanker(RelationshipWeights.Default);

        var result = ranker.Rank(graph, new InfluenceQuery(graph.Node("s"), "Company", 3, 10));

        var scores = result.Entities.ToDictionary(e => e.Node.Key, e => e.Score);
        // c1: one direct TARGETS hop (1.0); c3: TARGETS then SUBSIDIARY_OF, 1.0 * 0.9 * 0.7 = 0.63;
        // c2: RESTRICTS then DEPENDS_ON, 0.9 * 0.8 * 0.7 = 0.504
        Assert.Equal(1.0, scores["c1"], 9);
        Assert.Equal(0.63, scores["c3"], 9);
        Assert.Equal(0.504, scores["c2"], 9);
        Assert.Equal(["c1", "c3", "c2"], result.Entities.Select(e => e.Node.Key));
        Assert.Equal([1, 2, 2], result.Entities.Select(e => e.Distance));
        Assert.False(result.Truncated);
    }

    [Fact]
    public async Task Several_paths_combine_as_noisy_or()
    {
        var (backend, graph) = await SmallGraph.CreateAsync("""
            CREATE (s {id: 's'}), (x:Company {id: 'x'}), (s)-[:A {weight: 0.5}]->(x), (s)-[:B {weight: 0.4}]->(x)
            """);
        await using var _ = backend;

        var result = new InfluenceRanker(RelationshipWeights.Default).Rank(graph, new InfluenceQuery(graph.Node("s"), "Company", 2, 10));

        var x = Assert.Single(result.Entities);
        Assert.Equal(1 - (0.5 * 0.6), x.Score, 9);
        Assert.Equal(2, x.PathCount);
        Assert.Equal(0.5, x.BestPaths[0].Strength, 9);
    }

    [Fact]
    public async Task Reverse_ranks_what_reaches_the_company_and_tells_paths_from_the_influencer()
    {
        var (backend, graph) = await SmallGraph.CreateAsync(Sanctions);
        await using var _ = backend;

        var result = new InfluenceRanker(RelationshipWeights.Default)
            .Rank(graph, new InfluenceQuery(graph.Node("c2"), "Sanction", 3, 10, Reverse: true));

        var sanction = Assert.Single(result.Entities);
        Assert.Equal("s", sanction.Node.Key);
        Assert.Equal(0.504, sanction.Score, 9);
        var path = sanction.BestPaths[0].Path;
        Assert.Equal("s>t>c2", graph.Keys(path.NodeIndexes));
        Assert.Equal([true, false], path.Steps.Select(s => s.Forward));
    }

    [Fact]
    public async Task Reverse_with_a_direction_walks_the_arrows_back_from_the_company()
    {
        var (backend, graph) = await SmallGraph.CreateAsync(
            "CREATE (s:Sanction {id: 's'})-[:TARGETS]->(p:Company {id: 'parent'})<-[:SUBSIDIARY_OF]-(c:Company {id: 'child'}), (s2:Sanction {id: 's2'})-[:TARGETS]->(c)");
        await using var _ = backend;
        var ranker = new InfluenceRanker(RelationshipWeights.Default);

        var alongArrows = ranker.Rank(graph, new InfluenceQuery(graph.Node("child"), "Sanction", 3, 10, Direction: TraversalDirection.Outgoing, Reverse: true));
        var anyWay = ranker.Rank(graph, new InfluenceQuery(graph.Node("child"), "Sanction", 3, 10, Reverse: true));

        Assert.Equal(["s2"], alongArrows.Entities.Select(e => e.Node.Key));
        Assert.Equal(["s2", "s"], anyWay.Entities.Select(e => e.Node.Key));
    }

    [Fact]
    public async Task Path_budget_stops_enumeration_and_says_so()
    {
        var (backend, graph) = await SmallGraph.CreateAsync("UNWIND range(1, 30) AS i CREATE (:Company {id: 'n' + i})");
        await backend.RunAsync("MATCH (a), (b) WHERE a.id < b.id CREATE (a)-[:R]->(b)", null, Backend.QueryAccess.Write);
        graph = await ProjectionReader.ReadAsync(backend);
        await using var _ = backend;

        var result = new InfluenceRanker(RelationshipWeights.Default, pathBudget: 1000).Rank(graph, new InfluenceQuery(graph.Node("n1"), null, 5, 100));

        Assert.True(result.Truncated);
        Assert.Equal(1000, result.PathsExplored);
    }

    [Fact]
    public async Task Label_filter_and_hop_limit_are_respected()
    {
        var (backend, graph) = await SmallGraph.CreateAsync(Sanctions);
        await using var _ = backend;

        var result = new InfluenceRanker(RelationshipWeights.Default).Rank(graph, new InfluenceQuery(graph.Node("s"), null, 1, 10));

        Assert.Equal(["c1", "t"], result.Entities.Select(e => e.Node.Key).Order());
    }
}
