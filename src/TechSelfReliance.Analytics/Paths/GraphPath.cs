using TechSelfReliance.Analytics.Projection;

namespace TechSelfReliance.Analytics.Paths;

/// <summary>A simple path as the hops taken from its first node.</summary>
public sealed record GraphPath(int Start, IReadOnlyList<Step> Steps)
{
    public int Length => Steps.Count;

    public int End => Steps.Count == 0 ? Start : Steps[^1].To;

    public IEnumerable<int> NodeIndexes => Steps.Count == 0 ? [Start] : Steps.Select(s => s.From).Append(End);

    /// <summary>Identity of the path: the edges taken in order (with direction).</summary>
    public string Signature => string.Join(',', Steps.Select(s => s.Forward ? s.Edge.Index : ~s.Edge.Index));
}
