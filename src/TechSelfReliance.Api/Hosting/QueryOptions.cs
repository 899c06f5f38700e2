namespace TechSelfReliance.Api.Hosting;

/// <summary>The budget of every query run for a caller (configuration section "Query").</summary>
public sealed class QueryOptions
{
    public const string Section = "Query";

    public double TimeoutSeconds { get; set; } = 10;

    public long MaxResultRows { get; set; } = 100_000;

    public long MaxBufferedRows { get; set; } = 2_000_000;

    /// <summary>An explicit Query API transaction left idle this long is rolled back.</summary>
    public double TransactionIdleSeconds { get; set; } = 30;
}
