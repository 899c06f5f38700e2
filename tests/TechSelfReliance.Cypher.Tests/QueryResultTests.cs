using TechSelfReliance.Cypher.Execution;

namespace TechSelfReliance.Cypher.Tests;

/// <summary>
/// A result carries counters, notifications and plan only when it has them: a read reports none, a write its
/// counters, PROFILE both counters and plan, and copies never share what they change.
/// </summary>
public sealed class QueryResultTests
{
    [Fact]
    public void A_read_reports_no_changes_no_notifications_and_no_plan()
    {
        using var fixture = new EngineFixture();
        fixture.Run("CREATE (:A), (:A)");

        var read = fixture.Run("MATCH (a:A) RETURN count(a) AS n");

        Assert.Equal(2, read.Rows.Single()[0].AsInteger());
        Assert.Equal(default, read.Counters);
        Assert.False(read.Counters.ContainsUpdates);
        Assert.Empty(read.Notifications);
        Assert.Null(read.Plan);
    }

    [Fact]
    public void Profile_of_a_write_reports_both_its_counters_and_its_plan()
    {
        using var fixture = new EngineFixture();

        var profiled = fixture.Run("PROFILE CREATE (a:A {x: 1}) RETURN a.x AS x");

        Assert.Equal(1, profiled.Counters.NodesCreated);
        Assert.Equal(1, profiled.Counters.PropertiesSet);
        Assert.Equal("ProduceResults", profiled.Plan!.Operator);
        Assert.Equal(1, profiled.Plan.Rows);
    }

    [Fact]
    public void A_copy_with_a_plan_keeps_the_counters_and_leaves_the_original_as_it_was()
    {
        var original = new QueryResult(["x"], [], "w") { Counters = new QueryCounters { NodesCreated = 3 } };
        var plan = new PlanDescription("ProduceResults", "x", 1, null, null, []);

        var described = original with { Plan = plan };

        Assert.Equal(3, described.Counters.NodesCreated);
        Assert.Same(plan, described.Plan);
        Assert.Null(original.Plan);
        Assert.Equal(3, original.Counters.NodesCreated);
        Assert.NotEqual(original, described);
        Assert.Equal(original, original with { });
    }
}
