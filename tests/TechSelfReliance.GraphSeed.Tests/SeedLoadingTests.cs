using TechSelfReliance.Backend;
using TechSelfReliance.Backend.Seeding;

namespace TechSelfReliance.GraphSeed.Tests;

public sealed class SeedLoadingTests(SeedFixture seed) : IClassFixture<SeedFixture>
{
    [Fact]
    public void The_seed_loads_into_a_fresh_store()
    {
        Assert.True(seed.FirstLoad.NodesCreated >= 150, $"only {seed.FirstLoad.NodesCreated} nodes were created");
        Assert.True(seed.FirstLoad.RelationshipsCreated >= 240, $"only {seed.FirstLoad.RelationshipsCreated} relationships were created");
    }

    [Fact]
    public async Task Loading_the_seed_again_changes_nothing()
    {
        var before = await Counts();
        var again = await new SeedLoader(seed.Backend).LoadAsync(seed.SeedDirectory);
        Assert.False(again.ChangedAnything, $"the second load created {again.NodesCreated} nodes, {again.RelationshipsCreated} relationships, set {again.PropertiesSet} properties");
        Assert.Equal(before, await Counts());
    }

    [Fact]
    public async Task Every_node_has_id_name_kind_summary_and_aliases()
    {
        var result = await seed.Backend.RunAsync(
            "MATCH (n) WHERE n.id IS NULL OR n.name IS NULL OR n.kind IS NULL OR n.summary IS NULL OR n.aliases IS NULL OR NOT n:Entity RETURN coalesce(n.id, '?') AS id");
        Assert.Empty(result.Rows.Select(r => r[0].ToString()));
        var kinds = await seed.Backend.RunAsync("MATCH (n:Entity) WHERE NOT n.kind IN labels(n) RETURN n.id");
        Assert.Empty(kinds.Rows);
    }

    [Fact]
    public async Task Ids_are_unique()
    {
        var result = await seed.Backend.RunAsync("MATCH (n:Entity) WITH n.id AS id, count(*) AS c WHERE c > 1 RETURN id");
        Assert.Empty(result.Rows);
    }

    private async Task<(long Nodes, long Relationships)> Counts()
    {
        var nodes = await seed.Backend.RunAsync("MATCH (n) RETURN count(n)");
        var relationships = await seed.Backend.RunAsync("MATCH ()-[r]->() RETURN count(r)");
        return (nodes.Rows[0][0].AsInteger(), relationships.Rows[0][0].AsInteger());
    }
}
