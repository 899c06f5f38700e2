namespace TechSelfReliance.Analytics.Influence;

/// <summary>The ranking, and whether path enumeration stopped at its budget (scores are then lower bounds).</summary>
public sealed record InfluenceResult(IReadOnlyList<InfluencedEntity> Entities, long PathsExplored, bool Truncated);
