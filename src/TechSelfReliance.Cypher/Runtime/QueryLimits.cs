namespace TechSelfReliance.Cypher.Runtime;

/// <summary>The budget of one query: wall-clock time, rows held in memory, rows returned.</summary>
public sealed record QueryLimits
{
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    public long MaxBufferedRows { get; init; } = 5_000_000;

    public long MaxResultRows { get; init; } = 1_000_000;

    public static QueryLimits Default { get; } = new();
}
