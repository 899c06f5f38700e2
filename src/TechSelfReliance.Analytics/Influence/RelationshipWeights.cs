using System.Collections.Frozen;
using TechSelfReliance.Analytics.Projection;

namespace TechSelfReliance.Analytics.Influence;

/// <summary>
/// How strongly an effect passes along a relationship, in [0, 1]: the relationship's own <c>weight</c>
/// property when it has one, else a weight for its type (direct measures such as TARGETS and RESTRICTS pass
/// nearly everything; location and membership little), else <see cref="DefaultWeight"/>.
/// Thread-safe (immutable).
/// </summary>
public sealed class RelationshipWeights
{
    public const double DefaultWeight = 0.5;

    private readonly FrozenDictionary<string, double> _byType;

    public RelationshipWeights(IReadOnlyDictionary<string, double> byType) =>
        _byType = byType.ToFrozenDictionary(StringComparer.Ordinal);

    public static RelationshipWeights Default { get; } = new(new Dictionary<string, double>
    {
        ["TARGETS"] = 1.0,
        ["RESTRICTS"] = 0.9,
        ["SUBSIDIARY_OF"] = 0.9,
        ["IMPOSES"] = 0.9,
        ["STRUGGLED_TO_SECURE"] = 0.8,
        ["DEPENDS_ON"] = 0.8,
        ["RELIES_ON"] = 0.8,
        ["APPLIES_TO"] = 0.8,
        ["BACKS"] = 0.8,
        ["MAKES"] = 0.7,
        ["NATIONAL_CHAMPION_IN"] = 0.7,
        ["INVESTS_IN"] = 0.7,
        ["PROMOTES"] = 0.7,
        ["REPLACES"] = 0.7,
        ["AFFECTS"] = 0.7,
        ["HINDERS"] = 0.7,
        ["DISRUPTED"] = 0.7,
        ["SPECIALIZES_IN"] = 0.6,
        ["KEY_PLAYER_IN"] = 0.6,
        ["SUPPORTS"] = 0.6,
        ["INCLUDES"] = 0.5,
        ["HUB_FOR"] = 0.4,
        ["HEADQUARTERED_IN"] = 0.3,
        ["LOCATED_IN"] = 0.3,
    });

    public IReadOnlyDictionary<string, double> ByType => _byType;

    public double Of(ProjectedEdge edge) =>
        edge.Weight is { } own ? Math.Clamp(own, 0, 1) : _byType.GetValueOrDefault(edge.Type, DefaultWeight);
}
