using System.Text;
using TechSelfReliance.Analytics.Neighborhood;
using TechSelfReliance.Analytics.Projection;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Api.Export;

/// <summary>
/// A Cypher script that rebuilds the subgraph in an empty database (ours or Neo4j): one MERGE per node on its
/// first label and <c>id</c> (nodes without an <c>id</c> property get their key as one), then one CREATE per
/// relationship. Statements end with ';' so cypher-shell and the seed loader read them.
/// </summary>
public static class CypherScriptExporter
{
    public static ExportFile Write(Subgraph subgraph, GraphProjection graph)
    {
        var script = new StringBuilder();
        script.AppendLine("// Exported by TechSelfReliance. Load into an empty database: cat graph.cypher | cypher-shell");
        foreach (var node in subgraph.Nodes)
        {
            var first = node.Labels.Count > 0 ? CypherLiteral.Identifier(node.Labels[0]) : null;
            var match = first is null ? $"(n {{id: {CypherLiteral.String(node.Key)}}})" : $"(n:{first} {{id: {CypherLiteral.String(node.Key)}}})";
            script.Append("MERGE ").Append(match);
            var others = node.Labels.Skip(1).Select(CypherLiteral.Identifier).ToArray();
            var properties = node.Properties.Entries.Where(e => e.Key != "id").ToArray();
            if (others.Length > 0 || properties.Length > 0)
            {
                script.Append(" SET ");
                var parts = new List<string>();
                if (others.Length > 0)
                {
                    parts.Add("n:" + string.Join(':', others));
                }

                if (properties.Length > 0)
                {
                    parts.Add("n += " + CypherLiteral.Map(new MapValue(properties)));
                }

                script.Append(string.Join(", ", parts));
            }

            script.AppendLine(";");
        }

        foreach (var edge in subgraph.Edges)
        {
            script.Append("MATCH ").Append(NodePattern("a", graph.Nodes[edge.Source])).Append(", ").Append(NodePattern("b", graph.Nodes[edge.Target]))
                .Append(" CREATE (a)-[:").Append(CypherLiteral.Identifier(edge.Type));
            if (edge.Properties.Count > 0)
            {
                script.Append(' ').Append(CypherLiteral.Map(edge.Properties));
            }

            script.AppendLine("]->(b);");
        }

        return new ExportFile(Encoding.UTF8.GetBytes(script.ToString()), "application/x-cypher-query; charset=utf-8", "graph.cypher");
    }

    private static string NodePattern(string variable, ProjectedNode node) =>
        node.Labels.Count > 0
            ? $"({variable}:{CypherLiteral.Identifier(node.Labels[0])} {{id: {CypherLiteral.String(node.Key)}}})"
            : $"({variable} {{id: {CypherLiteral.String(node.Key)}}})";
}
