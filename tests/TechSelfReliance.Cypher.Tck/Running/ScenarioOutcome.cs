namespace TechSelfReliance.Cypher.Tck.Running;

/// <summary>Whether a scenario passed, and if not, why.</summary>
internal sealed record ScenarioOutcome(bool Passed, string? Reason)
{
    public static ScenarioOutcome Pass { get; } = new(true, null);

    public static ScenarioOutcome Fail(string reason) => new(false, reason);
}
