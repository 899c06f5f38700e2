namespace TechSelfReliance.Cypher.Tck.Gherkin;

/// <summary>One step of a scenario: its text, and its doc string or table if it has one.</summary>
internal sealed record Step(string Keyword, string Text, string? DocString, IReadOnlyList<IReadOnlyList<string>>? Table);
