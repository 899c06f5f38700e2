namespace TechSelfReliance.Api.Contracts;

/// <summary>A node in a list: its id (the stable slug), name and kind.</summary>
public sealed record NodeSummary(string Id, string Name, string Kind, IReadOnlyList<string> Labels);
