using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Analytics.Projection;

/// <summary>
/// A node of the in-memory projection. <see cref="Key"/> is the node's <c>id</c> property (the stable slug the
/// product API uses) or, for nodes without one, its element id.
/// </summary>
public sealed record ProjectedNode(
    int Index,
    string Key,
    string ElementId,
    string Name,
    string Kind,
    IReadOnlyList<string> Labels,
    IReadOnlyList<string> Aliases,
    MapValue Properties)
{
    public bool HasLabel(string label) => Labels.Contains(label, StringComparer.Ordinal);
}
