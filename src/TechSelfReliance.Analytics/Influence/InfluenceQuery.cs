using TechSelfReliance.Analytics.Projection;

namespace TechSelfReliance.Analytics.Influence;

/// <summary>
/// Who is affected by <see cref="Source"/> (or, when <see cref="Reverse"/>, who affects it): entities with the
/// label <see cref="TargetLabel"/> (any, when null) within <see cref="MaxHops"/>, the top <see cref="Limit"/>.
/// </summary>
public sealed record InfluenceQuery(
    int Source,
    string? TargetLabel,
    int MaxHops,
    int Limit,
    IReadOnlySet<string>? Types = null,
    TraversalDirection Direction = TraversalDirection.Both,
    bool Reverse = false,
    int PathsPerEntity = 3,
    double Decay = InfluenceRanker.DefaultDecay);
