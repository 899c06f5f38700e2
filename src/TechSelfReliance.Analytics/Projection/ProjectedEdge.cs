using QuikGraph;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Analytics.Projection;

/// <summary>A relationship of the projection, as a QuikGraph edge between node indexes.</summary>
public sealed class ProjectedEdge(int index, int source, int target, string type, string elementId, MapValue properties) : IEdge<int>
{
    public int Index { get; } = index;

    public int Source { get; } = source;

    public int Target { get; } = target;

    public string Type { get; } = type;

    public string ElementId { get; } = elementId;

    public MapValue Properties { get; } = properties;

    /// <summary>The words of the source that support the relationship, when it cites them.</summary>
    public string? Evidence => Text("evidence");

    public string? Section => Text("section");

    /// <summary>The relationship's own <c>weight</c> property (0–1), when it has one.</summary>
    public double? Weight => Properties.TryGet("weight", out var weight) && weight.IsNumber ? weight.AsNumber() : null;

    public int Other(int node) => node == Source ? Target : Source;

    private string? Text(string key) => Properties.TryGet(key, out var value) && value.Kind == ValueKind.String ? value.AsString() : null;
}
