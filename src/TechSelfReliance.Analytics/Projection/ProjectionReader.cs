using TechSelfReliance.Backend;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Analytics.Projection;

/// <summary>Reads the whole graph through Cypher, so the projection is the same on every backend. Thread-safe (stateless).</summary>
public static class ProjectionReader
{
    public static async Task<GraphProjection> ReadAsync(IGraphBackend backend, CancellationToken cancellationToken = default)
    {
        var version = await backend.GetDataVersionAsync(cancellationToken);
        var nodeResult = await backend.ReadAllAsync("MATCH (n) RETURN n", cancellationToken);
        var nodes = new List<ProjectedNode>(nodeResult.Rows.Count);
        var byElementId = new Dictionary<string, int>(nodeResult.Rows.Count, StringComparer.Ordinal);
        foreach (var row in nodeResult.Rows)
        {
            var data = row[0].NodeContent!;
            var index = nodes.Count;
            byElementId[data.ElementId] = index;
            nodes.Add(ToNode(index, data));
        }

        var edgeResult = await backend.ReadAllAsync("MATCH ()-[r]->() RETURN r", cancellationToken);
        var edges = new List<ProjectedEdge>(edgeResult.Rows.Count);
        foreach (var row in edgeResult.Rows)
        {
            var data = row[0].RelationshipContent!;
            if (byElementId.TryGetValue(data.StartElementId, out var start) && byElementId.TryGetValue(data.EndElementId, out var end))
            {
                edges.Add(new ProjectedEdge(edges.Count, start, end, data.Type, data.ElementId, data.Properties));
            }
        }

        return new GraphProjection(nodes, edges, version);
    }

    private static ProjectedNode ToNode(int index, NodeData data)
    {
        var properties = data.Properties;
        var key = Text(properties, "id") ?? data.ElementId;
        var kind = Text(properties, "kind") ?? data.Labels.FirstOrDefault(l => l != "Entity") ?? (data.Labels.Count > 0 ? data.Labels[0] : "Node");
        var name = Text(properties, "name") ?? Text(properties, "title") ?? key;
        var aliases = properties.TryGet("aliases", out var list) && list.Kind == ValueKind.List
            ? list.AsList().Items.ToArray().Where(v => v.Kind == ValueKind.String).Select(v => v.AsString()).ToArray()
            : [];
        return new ProjectedNode(index, key, data.ElementId, name, kind, data.Labels, aliases, properties);
    }

    private static string? Text(MapValue properties, string key) =>
        properties.TryGet(key, out var value) && value.Kind == ValueKind.String ? value.AsString() : null;
}
