using System.Text;
using System.Xml;
using TechSelfReliance.Analytics.Neighborhood;
using TechSelfReliance.Analytics.Projection;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Api.Export;

/// <summary>
/// GraphML (opens in Gephi, yEd, Cytoscape desktop, NetworkX): one key per property with a GraphML type
/// (long, double, boolean, else string), node labels in <c>labels</c>, relationship types in <c>type</c> and
/// a <c>label</c> key that both editors show as the caption.
/// </summary>
public static class GraphMlExporter
{
    private const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    public static ExportFile Write(Subgraph subgraph, GraphProjection graph)
    {
        var nodeKeys = KeyTypes(subgraph.Nodes.Select(n => n.Properties));
        var edgeKeys = KeyTypes(subgraph.Edges.Select(e => e.Properties));
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("graphml", Namespace);
            Key(xml, "labels", "node", "labels", "string");
            Key(xml, "label", "node", "label", "string");
            foreach (var (name, type) in nodeKeys)
            {
                Key(xml, "n_" + name, "node", name, type);
            }

            Key(xml, "type", "edge", "type", "string");
            Key(xml, "edge_label", "edge", "label", "string");
            foreach (var (name, type) in edgeKeys)
            {
                Key(xml, "e_" + name, "edge", name, type);
            }

            xml.WriteStartElement("graph", Namespace);
            xml.WriteAttributeString("id", "G");
            xml.WriteAttributeString("edgedefault", "directed");
            foreach (var node in subgraph.Nodes)
            {
                xml.WriteStartElement("node", Namespace);
                xml.WriteAttributeString("id", node.Key);
                Data(xml, "labels", ":" + string.Join(':', node.Labels));
                Data(xml, "label", node.Name);
                foreach (var (key, value) in node.Properties.Entries)
                {
                    Data(xml, "n_" + key, Text(value));
                }

                xml.WriteEndElement();
            }

            foreach (var edge in subgraph.Edges)
            {
                xml.WriteStartElement("edge", Namespace);
                xml.WriteAttributeString("id", edge.ElementId);
                xml.WriteAttributeString("source", graph.Nodes[edge.Source].Key);
                xml.WriteAttributeString("target", graph.Nodes[edge.Target].Key);
                Data(xml, "type", edge.Type);
                Data(xml, "edge_label", edge.Type);
                foreach (var (key, value) in edge.Properties.Entries)
                {
                    Data(xml, "e_" + key, Text(value));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return new ExportFile(stream.ToArray(), "application/graphml+xml", "graph.graphml");
    }

    private static void Key(XmlWriter xml, string id, string domain, string name, string type)
    {
        xml.WriteStartElement("key", Namespace);
        xml.WriteAttributeString("id", id);
        xml.WriteAttributeString("for", domain);
        xml.WriteAttributeString("attr.name", name);
        xml.WriteAttributeString("attr.type", type);
        xml.WriteEndElement();
    }

    private static void Data(XmlWriter xml, string key, string text)
    {
        xml.WriteStartElement("data", Namespace);
        xml.WriteAttributeString("key", key);
        xml.WriteString(text);
        xml.WriteEndElement();
    }

    private static SortedDictionary<string, string> KeyTypes(IEnumerable<MapValue> maps)
    {
        var types = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var map in maps)
        {
            foreach (var (key, value) in map.Entries)
            {
                var type = value.Kind switch
                {
                    ValueKind.Integer => "long",
                    ValueKind.Float => "double",
                    ValueKind.Boolean => "boolean",
                    _ => "string",
                };
                types[key] = types.TryGetValue(key, out var existing) && existing != type
                    ? existing is "long" or "double" && type is "long" or "double" ? "double" : "string"
                    : type;
            }
        }

        return types;
    }

    private static string Text(Value value) => value.Kind switch
    {
        ValueKind.String => value.AsString(),
        ValueKind.Boolean => value.AsBoolean() ? "true" : "false",
        ValueKind.List or ValueKind.Map => System.Text.Json.JsonSerializer.Serialize(Contracts.PropertyJson.ToPlain(value)),
        _ => Contracts.PropertyJson.ToPlain(value) is IFormattable formattable
            ? formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture)
            : value.ToString(),
    };
}
