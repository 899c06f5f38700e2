using System.Text.Json;
using TechSelfReliance.Analytics.Neighborhood;
using TechSelfReliance.Api.Contracts;

namespace TechSelfReliance.Api.Export;

/// <summary>JSON: <c>{nodes: [{id, elementId, labels, properties}], relationships: [{id, type, start, end, properties}]}</c>.</summary>
public static class JsonExporter
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static ExportFile Write(Subgraph subgraph, Analytics.Projection.GraphProjection graph)
    {
        var document = new
        {
            nodes = subgraph.Nodes.Select(n => new { id = n.Key, elementId = n.ElementId, labels = n.Labels, properties = PropertyJson.ToPlain(n.Properties) }),
            relationships = subgraph.Edges.Select(e => new
            {
                id = e.ElementId,
                type = e.Type,
                start = graph.Nodes[e.Source].Key,
                end = graph.Nodes[e.Target].Key,
                properties = PropertyJson.ToPlain(e.Properties),
            }),
        };
        return new ExportFile(JsonSerializer.SerializeToUtf8Bytes(document, Indented), "application/json", "graph.json");
    }
}
