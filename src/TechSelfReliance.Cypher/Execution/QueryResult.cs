using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Execution;

/// <summary>
/// The outcome of a statement: columns, rows (nodes and relationships carry their content, so the result
/// outlives its transaction), what changed, warnings, and the plan for EXPLAIN and PROFILE.
/// </summary>
public sealed record QueryResult(
    IReadOnlyList<string> Columns,
    IReadOnlyList<Value[]> Rows,
    QueryCounters Counters,
    IReadOnlyList<Notification> Notifications,
    PlanDescription? Plan,
    string QueryType);
