using TechSelfReliance.Analytics.Projection;

namespace TechSelfReliance.Analytics.Centrality;

/// <summary>A node and its centrality score.</summary>
public sealed record CentralityScore(ProjectedNode Node, double Score);
