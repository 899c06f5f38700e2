using TechSelfReliance.Analytics.Projection;

namespace TechSelfReliance.Analytics.Paths;

/// <summary>Which paths to look for: between two nodes, how many, how long at most, over which types, which way.</summary>
public sealed record PathQuery(int From, int To, int K, int MaxHops, IReadOnlySet<string>? Types, TraversalDirection Direction);
