using TechSelfReliance.Graph;
using TechSelfReliance.Graph.Schema;

namespace TechSelfReliance.Cypher.Tck.Running;

/// <summary>
/// What the TCK's side-effect metrics observe: nodes, relationships, (entity, key, value) property triples and
/// the distinct labels in use. Side effects are the set differences between two of these.
/// </summary>
internal sealed record GraphState(HashSet<long> Nodes, HashSet<long> Relationships, HashSet<string> Properties, HashSet<string> Labels)
{
    public static GraphState Capture(GraphStore store)
    {
        using var read = store.BeginRead();
        var nodes = new HashSet<long>();
        var relationships = new HashSet<long>();
        var properties = new HashSet<string>(StringComparer.Ordinal);
        var labels = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in read.AllNodes())
        {
            nodes.Add(node);
            foreach (var label in read.GetLabels(node).Items)
            {
                labels.Add(read.Tokens.Name(TokenKind.Label, label));
            }

            foreach (var (key, value) in read.GetNodeProperties(node))
            {
                properties.Add($"n{node}|{read.Tokens.Name(TokenKind.PropertyKey, key)}|{value.Kind}:{value}");
            }
        }

        foreach (var relationship in read.AllRelationships())
        {
            relationships.Add(relationship);
            foreach (var (key, value) in read.GetRelationshipProperties(relationship))
            {
                properties.Add($"r{relationship}|{read.Tokens.Name(TokenKind.PropertyKey, key)}|{value.Kind}:{value}");
            }
        }

        return new GraphState(nodes, relationships, properties, labels);
    }

    public Dictionary<string, int> Changes(GraphState after) => new(StringComparer.Ordinal)
    {
        ["+nodes"] = after.Nodes.Except(Nodes).Count(),
        ["-nodes"] = Nodes.Except(after.Nodes).Count(),
        ["+relationships"] = after.Relationships.Except(Relationships).Count(),
        ["-relationships"] = Relationships.Except(after.Relationships).Count(),
        ["+properties"] = after.Properties.Except(Properties).Count(),
        ["-properties"] = Properties.Except(after.Properties).Count(),
        ["+labels"] = after.Labels.Except(Labels).Count(),
        ["-labels"] = Labels.Except(after.Labels).Count(),
    };
}
