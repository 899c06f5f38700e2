namespace TechSelfReliance.Cypher.Execution;

/// <summary>The parts of a <see cref="QueryResult"/> that few results have: counters, notifications, plan.</summary>
internal sealed record ResultSummary(QueryCounters Counters, IReadOnlyList<Notification>? Notifications, PlanDescription? Plan)
{
    public static ResultSummary Empty { get; } = new(default, null, null);
}
