namespace TechSelfReliance.Api.Contracts;

/// <summary>Who a source affects (or, reversed, who affects it), ranked, with the score's definition and the paths that explain each.</summary>
public sealed record InfluenceResponse(
    NodeSummary Source,
    string? Target,
    bool Reverse,
    int MaxHops,
    string Scoring,
    long PathsExplored,
    bool Truncated,
    IReadOnlyList<InfluenceEntry> Results,
    GraphElements Elements);

public sealed record InfluenceEntry(NodeSummary Entity, double Score, int Distance, int PathCount, IReadOnlyList<PathView> Paths);
