namespace TechSelfReliance.Cypher.Tck.Gherkin;

/// <summary>A runnable scenario (an outline is expanded into one per example row), with a stable id for the baseline.</summary>
internal sealed record Scenario(string Feature, string Category, string Name, int? Example, IReadOnlyList<Step> Steps)
{
    public string Id => Example is { } row ? $"{Feature} :: {Name} :: example {row}" : $"{Feature} :: {Name}";
}
