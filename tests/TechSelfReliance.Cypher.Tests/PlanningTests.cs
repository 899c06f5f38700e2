namespace TechSelfReliance.Cypher.Tests;

public sealed class PlanningTests
{
    [Fact]
    public void Explain_shows_an_index_seek_when_an_index_covers_the_predicate()
    {
        using var fixture = new EngineFixture();
        fixture.Run("UNWIND range(1, 200) AS i CREATE (:Company {id: 'c' + i})");
        fixture.Run("CREATE INDEX company_id FOR (c:Company) ON (c.id)");
        var plan = fixture.Run("EXPLAIN MATCH (c:Company {id: $id}) RETURN c", new { id = "c7" }).Plan!.ToString();
        Assert.Contains("NodeIndexSeek", plan, StringComparison.Ordinal);
        Assert.Single(fixture.Run("MATCH (c:Company {id: $id}) RETURN c", new { id = "c7" }).Rows);
    }

    [Fact]
    public void Explain_starts_from_the_smaller_label()
    {
        using var fixture = new EngineFixture();
        fixture.Run("UNWIND range(1, 500) AS i CREATE (:Many)");
        fixture.Run("CREATE (:Few)-[:R]->(:Many)");
        var plan = fixture.Run("EXPLAIN MATCH (m:Many)<-[:R]-(f:Few) RETURN m").Plan!.ToString();
        Assert.Contains("NodeByLabelScan [f:Few]", plan, StringComparison.Ordinal);
    }

    [Fact]
    public void Profile_reports_actual_rows_per_operator()
    {
        using var fixture = new EngineFixture();
        fixture.Run("UNWIND range(1, 10) AS i CREATE (:N {i: i})");
        var result = fixture.Run("PROFILE MATCH (n:N) WHERE n.i > 5 RETURN n.i");
        Assert.Equal(5, result.Rows.Count);
        Assert.Contains("5 rows", result.Plan!.ToString(), StringComparison.Ordinal);
        Assert.Contains("10 rows", result.Plan.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Counters_report_what_changed()
    {
        using var fixture = new EngineFixture();
        var created = fixture.Run("CREATE (a:A {x: 1})-[:R {y: 2}]->(b:B)").Counters;
        Assert.Equal((2, 1, 2, 2), (created.NodesCreated, created.RelationshipsCreated, created.PropertiesSet, created.LabelsAdded));
        var deleted = fixture.Run("MATCH (n) DETACH DELETE n").Counters;
        Assert.Equal((2, 1), (deleted.NodesDeleted, deleted.RelationshipsDeleted));
    }
}
