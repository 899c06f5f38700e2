using TechSelfReliance.Analytics.Projection;

namespace TechSelfReliance.Analytics.Search;

/// <summary>A node found by a search, its relevance in (0, 1], and the text it matched.</summary>
public sealed record SearchHit(ProjectedNode Node, double Score, string Matched);
