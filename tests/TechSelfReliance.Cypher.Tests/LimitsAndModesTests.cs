using TechSelfReliance.Cypher.Errors;
using TechSelfReliance.Cypher.Execution;
using TechSelfReliance.Cypher.Runtime;

namespace TechSelfReliance.Cypher.Tests;

public sealed class LimitsAndModesTests
{
    [Theory]
    [InlineData("(", ")")]
    [InlineData("[", "]")]
    [InlineData("NOT ", "")]
    [InlineData("-", "")]
    [InlineData("{a: ", "}")]
    public void Nesting_ten_thousand_levels_deep_is_a_syntax_error_not_a_crash(string open, string close)
    {
        using var fixture = new EngineFixture();
        var query = "RETURN " + string.Concat(Enumerable.Repeat(open, 10_000)) + "1" + string.Concat(Enumerable.Repeat(close, 10_000));
        var error = Assert.Throws<CypherException>(() => fixture.Run(query));
        Assert.Equal(CypherErrorClass.SyntaxError, error.ErrorClass);
    }

    [Fact]
    public void Read_only_mode_rejects_writes_before_they_run()
    {
        using var fixture = new EngineFixture();
        var error = Assert.Throws<CypherException>(() => fixture.Run("MATCH (n) WITH count(n) AS c CREATE (:X {c: c})", options: new ExecutionOptions { ReadOnly = true }));
        Assert.Equal(CypherErrorClass.AccessMode, error.ErrorClass);
        Assert.Equal("Neo.ClientError.Statement.AccessMode", error.StatusCode);
        Assert.Equal(0, fixture.Scalar("MATCH (n) RETURN count(n)").AsInteger());
        Assert.Equal(2, fixture.Run("RETURN 1 + 1", options: new ExecutionOptions { ReadOnly = true }).Rows.Single()[0].AsInteger());
    }

    [Fact]
    public void A_runaway_query_ends_at_its_time_limit_with_a_clear_error()
    {
        using var fixture = new EngineFixture();
        var options = new ExecutionOptions { Limits = new QueryLimits { Timeout = TimeSpan.FromMilliseconds(300) } };
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var error = Assert.Throws<CypherException>(() => fixture.Run("UNWIND range(1, 10000000) AS x UNWIND range(1, 1000) AS y WITH x WHERE x < 0 RETURN count(*)", options: options));
        Assert.Equal(CypherErrorClass.Timeout, error.ErrorClass);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
        Assert.Equal(3, fixture.Scalar("RETURN 1 + 2").AsInteger());
    }

    [Fact]
    public void A_query_holding_too_many_rows_ends_with_a_budget_error()
    {
        using var fixture = new EngineFixture();
        var options = new ExecutionOptions { Limits = new QueryLimits { MaxBufferedRows = 1000 } };
        var error = Assert.Throws<CypherException>(() => fixture.Run("UNWIND range(1, 5000) AS x RETURN x ORDER BY x DESC", options: options));
        Assert.Equal(CypherErrorClass.ResourceLimit, error.ErrorClass);
    }

    [Fact]
    public void A_failed_statement_changes_nothing()
    {
        using var fixture = new EngineFixture();
        fixture.Run("CREATE (:Keep)");
        Assert.Throws<CypherException>(() => fixture.Run("CREATE (:Gone) WITH 1 AS one RETURN 1 / 0"));
        Assert.Equal(1, fixture.Scalar("MATCH (n) RETURN count(n)").AsInteger());
    }

    [Fact]
    public void A_failed_statement_in_an_explicit_transaction_rolls_back_only_itself()
    {
        using var fixture = new EngineFixture();
        using (var tx = fixture.Store.BeginWrite())
        {
            fixture.Engine.Execute(tx, "CREATE (:First)");
            Assert.Throws<CypherException>(() => fixture.Engine.Execute(tx, "CREATE (:Second) WITH 1 AS x RETURN x / 0"));
            fixture.Engine.Execute(tx, "CREATE (:Third)");
            tx.Commit();
        }

        var labels = fixture.Run("MATCH (n) RETURN labels(n)[0] AS l ORDER BY l").Rows.Select(r => r[0].AsString());
        Assert.Equal(["First", "Third"], labels);
    }

    [Fact]
    public void Errors_carry_position_and_status_code()
    {
        using var fixture = new EngineFixture();
        var error = Assert.Throws<CypherException>(() => fixture.Run("MATCH (n)\nRETURN m"));
        Assert.Equal("UndefinedVariable", error.Detail);
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.StatusCode);
        Assert.Equal(2, error.Line);
        Assert.Equal(8, error.Column);
    }

    [Fact]
    public void Missing_parameters_are_reported_before_running()
    {
        using var fixture = new EngineFixture();
        var error = Assert.Throws<CypherException>(() => fixture.Run("CREATE (n {x: $x})"));
        Assert.Equal(CypherErrorClass.ParameterMissing, error.ErrorClass);
        Assert.Equal(0, fixture.Scalar("MATCH (n) RETURN count(n)").AsInteger());
    }
}
