using TechSelfReliance.Analytics.Paths;
using TechSelfReliance.Analytics.Projection;

namespace TechSelfReliance.Analytics.Influence;

/// <summary>One entity reached, how strongly, how near, along how many distinct paths, and the best of them.</summary>
public sealed record InfluencedEntity(ProjectedNode Node, double Score, int Distance, int PathCount, IReadOnlyList<ScoredPath> BestPaths);

/// <summary>A path with its strength (the product of its hop weights, decayed per extra hop).</summary>
public sealed record ScoredPath(GraphPath Path, double Strength);
