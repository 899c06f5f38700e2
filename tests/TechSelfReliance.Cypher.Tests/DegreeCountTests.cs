namespace TechSelfReliance.Cypher.Tests;

/// <summary>count(*) over a last expansion is answered from degrees; it must count exactly the rows the expansion would produce.</summary>
public sealed class DegreeCountTests
{
    // self-loops, parallel relationships, cycles and two types, so relationship uniqueness matters
    private const string Graph = """
        CREATE (a:N {id: 'a'}), (b:N {id: 'b'}), (c:N {id: 'c'}), (d:M {id: 'd'}),
               (a)-[:T]->(b), (a)-[:T]->(b), (b)-[:T]->(a), (a)-[:T]->(a), (b)-[:U]->(c), (c)-[:T]->(a), (c)-[:T]->(c), (d)-[:T]->(a), (a)-[:U]->(d)
        """;

    public static TheoryData<string, string> Patterns() => new()
    {
        { "MATCH (x)-[r1]->(y)", "r1" },
        { "MATCH (x)<-[r1:T]-(y)", "r1" },
        { "MATCH (x)-[r0]->()-[r1]->(y)", "r1" },
        { "MATCH (x)-[r0:T]->()-[r1:T]->(y)", "r1" },
        { "MATCH (x)-[r0]->()<-[r1]-(y)", "r1" },
        { "MATCH (x)-[r0]->()-[r1]->()-[r2]->(y)", "r2" },
        { "MATCH (x)-[r0*1..2]->()-[r1]->(y)", "r1" },
        { "MATCH (x:N {id: 'a'})-[r1:T|U]->(y)", "r1" },
        { "MATCH (x:M)-[r1:NONE]->(y)", "r1" },
        { "OPTIONAL MATCH (x:Missing) WITH x MATCH (z)-[r1]->(y)", "r1" },
        { "MATCH (x)-[r0]->(y) WITH x, r0 MATCH (x)-[r1]->(z)", "r1" },
    };

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Degree_count_equals_the_rows_of_the_expansion(string pattern, string lastRelationship)
    {
        using var fixture = new EngineFixture();
        fixture.Run(Graph);

        var fast = fixture.Run($"{pattern} RETURN count(*)");
        var byVariable = fixture.Run($"{pattern} RETURN count({lastRelationship})");
        var slow = fixture.Run($"{pattern} RETURN sum(1)");

        Assert.Equal(slow.Rows[0][0].AsInteger(), fast.Rows[0][0].AsInteger());
        Assert.Equal(slow.Rows[0][0].AsInteger(), byVariable.Rows[0][0].AsInteger());
        Assert.True(slow.Rows[0][0].AsInteger() > 0 || pattern.Contains("NONE", StringComparison.Ordinal), "the pattern should match something");
    }

    [Theory]
    [InlineData("n.rank >= 3 AND n.rank < 7")]
    [InlineData("n.rank > 2.5")]
    [InlineData("n.rank <= 'm'")]
    [InlineData("n.rank = 4")]
    [InlineData("n.rank IN [1, 2, 'x', null]")]
    [InlineData("n.rank < 100 AND n.rank >= -5")]
    public void Index_count_equals_the_rows_of_the_seek(string predicate)
    {
        using var fixture = new EngineFixture();
        fixture.Run("UNWIND range(1, 10) AS i CREATE (:R {rank: i}), (:R {rank: toString(i)}), (:R {rank: i + 0.5}), (:R)");
        fixture.Run("CREATE (:R {rank: 'x'}), (:R {rank: [1]}), (:Other {rank: 4})");
        fixture.Run("CREATE INDEX r_rank FOR (n:R) ON (n.rank)");

        var plan = fixture.Run($"EXPLAIN MATCH (n:R) WHERE {predicate} RETURN count(n)").Plan!.ToString();
        var fast = fixture.Run($"MATCH (n:R) WHERE {predicate} RETURN count(n)");
        var star = fixture.Run($"MATCH (n:R) WHERE {predicate} RETURN count(*)");
        var slow = fixture.Run($"MATCH (n:R) WHERE {predicate} RETURN sum(1)");

        Assert.Equal(slow.Rows[0][0].AsInteger(), fast.Rows[0][0].AsInteger());
        Assert.Equal(slow.Rows[0][0].AsInteger(), star.Rows[0][0].AsInteger());
        Assert.True(slow.Rows[0][0].AsInteger() > 0);
        Assert.Contains("IndexCount", plan, StringComparison.Ordinal);
    }

    [Fact]
    public void Count_star_of_a_last_hop_uses_degrees()
    {
        using var fixture = new EngineFixture();
        fixture.Run(Graph);

        var plan = fixture.Run("EXPLAIN MATCH (x:N)-->()-->(y) RETURN count(*)").Plan!.ToString();

        Assert.Contains("GetDegree", plan, StringComparison.Ordinal);
    }
}
