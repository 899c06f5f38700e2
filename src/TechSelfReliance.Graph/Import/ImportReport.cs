namespace TechSelfReliance.Graph.Import;

/// <summary>What an import loaded, and how long it took.</summary>
public sealed record ImportReport(long Nodes, long Relationships, long Properties, TimeSpan Elapsed);
