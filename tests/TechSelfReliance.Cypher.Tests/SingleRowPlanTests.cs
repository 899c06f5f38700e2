using TechSelfReliance.Cypher.Execution;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Tests;

/// <summary>
/// Plans that yield at most one row run without iterators; PROFILE still runs the iterators, so the two paths
/// can be held against each other, and against formulations that the single-row path does not take.
/// </summary>
public sealed class SingleRowPlanTests
{
    private const string Graph = """
        CREATE (a:N {id: 'a'}), (b:N {id: 'b'}), (c:M {id: 'c'}),
               (a)-[:T]->(b), (a)-[:T]->(b), (a)-[:U]->(c), (b)-[:T]->(a), (c)-[:T]->(c)
        """;

    public static TheoryData<string> Queries() => new()
    {
        "MATCH (x)-->(y) WHERE id(x) = $id RETURN count(*) AS value",
        "MATCH (x)<-[:T]-(y) WHERE id(x) = $id RETURN count(*) AS value",
        "MATCH (x) WHERE id(x) = $id RETURN x.id AS value",
        "MATCH (x) WHERE id(x) = $id AND x.id = 'b' RETURN x.id AS value",
        "MATCH (x) WHERE id(x) = $id RETURN x AS value",
        "MATCH (x:N) RETURN count(x) AS value",
        "MATCH ()-[r:T]->() RETURN count(r) AS value",
        "RETURN $id + 1 AS value",
        "WITH $id AS i WHERE i > 0 RETURN i AS value",
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void The_single_row_path_answers_as_the_iterators_do(string query)
    {
        using var fixture = new EngineFixture();
        fixture.Run(Graph);
        var ids = fixture.Run("MATCH (n) RETURN id(n) AS id").Rows.Select(r => r[0].AsInteger()).Append(10_000).Append(-1);

        foreach (var id in ids)
        {
            var direct = fixture.Run(query, new { id });
            var profiled = fixture.Run("PROFILE " + query, new { id });

            Assert.Equal(Render(profiled), Render(direct));
            Assert.Equal(["value"], direct.Columns);
        }
    }

    [Fact]
    public void A_degree_count_from_an_id_counts_what_the_rows_would()
    {
        using var fixture = new EngineFixture();
        fixture.Run(Graph);

        foreach (var row in fixture.Run("MATCH (n) RETURN id(n) AS id, n.id AS name").Rows)
        {
            var id = row[0].AsInteger();
            var counted = fixture.Scalar("MATCH (x)-->(y) WHERE id(x) = $id RETURN count(*)", new { id }).AsInteger();
            var summed = fixture.Scalar("MATCH (x)-->(y) WHERE id(x) = $id RETURN sum(1)", new { id });

            Assert.Equal(summed.IsNull ? 0 : summed.AsInteger(), counted);
        }

        Assert.Equal(3, fixture.Scalar("MATCH (x:N {id: 'a'}) WITH id(x) AS id MATCH (x)-->(y) WHERE id(x) = id RETURN count(*)").AsInteger());
    }

    [Theory]
    [InlineData("id(x) = $id", 1)]
    [InlineData("id(x) = toFloat($id)", 1)]
    [InlineData("id(x) = [$id]", 0)]
    [InlineData("id(x) = toString($id)", 0)]
    [InlineData("id(x) = null", 0)]
    [InlineData("id(x) IN [$id, $id, toFloat($id)]", 1)]
    [InlineData("id(x) IN [$id, null, 'a', 10000]", 1)]
    [InlineData("id(x) IN null", 0)]
    public void An_id_seek_compares_ids_as_equality_does(string predicate, int expected)
    {
        using var fixture = new EngineFixture();
        fixture.Run(Graph);
        var id = fixture.Scalar("MATCH (x:M) RETURN id(x)").AsInteger();

        var rows = fixture.Run($"MATCH (x) WHERE {predicate} RETURN x.id", new { id }).Rows;
        var scanned = fixture.Run($"MATCH (x) WITH x, rand() AS r WHERE {predicate} RETURN x.id", new { id }).Rows;

        Assert.Equal(expected, rows.Count);
        Assert.Equal(scanned.Count, rows.Count);
        Assert.All(rows, r => Assert.Equal("c", r[0].AsString()));
        Assert.Contains("NodeByIdSeek", fixture.Run($"EXPLAIN MATCH (x) WHERE {predicate} RETURN x.id", new { id }).Plan!.ToString(), StringComparison.Ordinal);
    }

    private static string Render(QueryResult result) => string.Join(" | ", result.Rows.Select(r => string.Join(", ", r.Select(v => v.ToString()))));
}
