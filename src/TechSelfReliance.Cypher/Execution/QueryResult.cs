using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Execution;

/// <summary>
/// The outcome of a statement: columns, rows (nodes and relationships carry their content, so the result
/// outlives its transaction), what changed, warnings, and the plan for EXPLAIN and PROFILE.
/// </summary>
public sealed record QueryResult(
    IReadOnlyList<string> Columns,
    IReadOnlyList<Value[]> Rows,
    string QueryType)
{
    // Counters, notifications and plan are set on few results, and a short read pays for every byte it
    // allocates: they share one optional, immutable object, so a result without them stays small.
    private ResultSummary? _summary;

    public QueryCounters Counters
    {
        get => _summary?.Counters ?? default;
        init => _summary = (_summary ?? ResultSummary.Empty) with { Counters = value };
    }

    public IReadOnlyList<Notification> Notifications
    {
        get => _summary?.Notifications ?? [];
        init => _summary = (_summary ?? ResultSummary.Empty) with { Notifications = value };
    }

    public PlanDescription? Plan
    {
        get => _summary?.Plan;
        init => _summary = (_summary ?? ResultSummary.Empty) with { Plan = value };
    }
}
