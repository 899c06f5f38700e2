using TechSelfReliance.Cypher.Runtime;

namespace TechSelfReliance.Cypher.Execution;

/// <summary>How one statement runs: read-only or not, and its limits.</summary>
public sealed record ExecutionOptions
{
    /// <summary>A statement that would write (or change the schema) is rejected before it runs.</summary>
    public bool ReadOnly { get; init; }

    public QueryLimits Limits { get; init; } = QueryLimits.Default;

    public static ExecutionOptions Default { get; } = new();

    /// <summary>The defaults, read-only.</summary>
    public static ExecutionOptions ReadOnlyDefault { get; } = new() { ReadOnly = true };
}
