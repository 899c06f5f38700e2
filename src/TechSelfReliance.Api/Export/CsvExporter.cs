using System.IO.Compression;
using System.Text;
using TechSelfReliance.Analytics.Neighborhood;
using TechSelfReliance.Analytics.Projection;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Api.Export;

/// <summary>
/// CSV (RFC 4180) as a zip of <c>nodes.csv</c> (id, labels joined by ';', one column per property) and
/// <c>relationships.csv</c> (id, type, start, end, one column per property). Lists and maps are JSON text.
/// </summary>
public static class CsvExporter
{
    public static ExportFile Write(Subgraph subgraph, GraphProjection graph)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            var nodeKeys = subgraph.Nodes.SelectMany(n => n.Properties.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            WriteEntry(zip, "nodes.csv", ["id", "labels", .. nodeKeys],
                subgraph.Nodes.Select(n => (IEnumerable<string>)[n.Key, string.Join(';', n.Labels), .. nodeKeys.Select(k => Cell(n.Properties[k]))]));
            var edgeKeys = subgraph.Edges.SelectMany(e => e.Properties.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            WriteEntry(zip, "relationships.csv", ["id", "type", "start", "end", .. edgeKeys],
                subgraph.Edges.Select(e => (IEnumerable<string>)[e.ElementId, e.Type, graph.Nodes[e.Source].Key, graph.Nodes[e.Target].Key, .. edgeKeys.Select(k => Cell(e.Properties[k]))]));
        }

        return new ExportFile(stream.ToArray(), "application/zip", "graph-csv.zip");
    }

    private static void WriteEntry(ZipArchive zip, string name, IEnumerable<string> header, IEnumerable<IEnumerable<string>> rows)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false));
        writer.Write(Line(header));
        foreach (var row in rows)
        {
            writer.Write(Line(row));
        }
    }

    private static string Line(IEnumerable<string> cells) => string.Join(',', cells.Select(Quote)) + "\r\n";

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;

    private static string Cell(Value value) => value.Kind switch
    {
        ValueKind.Null => string.Empty,
        ValueKind.String => value.AsString(),
        ValueKind.List or ValueKind.Map => System.Text.Json.JsonSerializer.Serialize(Contracts.PropertyJson.ToPlain(value)),
        _ => Contracts.PropertyJson.ToPlain(value) is IFormattable formattable
            ? formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture)
            : value.ToString(),
    };
}
