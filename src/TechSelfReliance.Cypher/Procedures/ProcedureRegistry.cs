using System.Collections.Concurrent;
using TechSelfReliance.Graph.Schema;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Procedures;

/// <summary>
/// The procedures CALL can reach, by case-insensitive qualified name, with the built-in db.* and dbms.*
/// procedures registered. Thread-safe: registration and lookup may happen from any thread.
/// </summary>
public sealed class ProcedureRegistry
{
    private readonly ConcurrentDictionary<string, (ProcedureSignature Signature, ProcedureBody Body)> _procedures = new(StringComparer.OrdinalIgnoreCase);

    public ProcedureRegistry()
    {
        Register(new ProcedureSignature("db.labels", [], [new("label", "STRING?")], "Labels in use."),
            (graph, _) => LabelsInUse(graph).Select(l => new[] { Value.String(l) }));
        Register(new ProcedureSignature("db.relationshipTypes", [], [new("relationshipType", "STRING?")], "Relationship types in use."),
            (graph, _) => TypesInUse(graph).Select(t => new[] { Value.String(t) }));
        Register(new ProcedureSignature("db.propertyKeys", [], [new("propertyKey", "STRING?")], "Property keys."),
            (graph, _) => graph.Tokens.All(TokenKind.PropertyKey).Order(StringComparer.Ordinal).Select(k => new[] { Value.String(k) }));
        Register(new ProcedureSignature("db.schema.visualization", [], [new("nodes", "LIST? OF NODE?"), new("relationships", "LIST? OF RELATIONSHIP?")], "The schema as a graph."),
            SchemaVisualization);
        Register(new ProcedureSignature("dbms.components", [], [new("name", "STRING?"), new("versions", "LIST? OF STRING?"), new("edition", "STRING?")], "Server components."),
            (_, _) => [[Value.String("Neo4j Kernel"), Value.List(Value.String("5.26.0")), Value.String("community")]]);
    }

    public void Register(ProcedureSignature signature, ProcedureBody body) => _procedures[signature.Name] = (signature, body);

    public bool TryGet(string name, out ProcedureSignature signature, out ProcedureBody body)
    {
        if (_procedures.TryGetValue(name, out var entry))
        {
            (signature, body) = entry;
            return true;
        }

        signature = null!;
        body = null!;
        return false;
    }

    public IReadOnlyList<ProcedureSignature> All => _procedures.Values.Select(p => p.Signature).OrderBy(s => s.Name, StringComparer.Ordinal).ToList();

    private static IEnumerable<string> LabelsInUse(Graph.Access.GraphView graph)
    {
        var names = graph.Tokens.All(TokenKind.Label);
        return Enumerable.Range(0, names.Count).Where(id => graph.CountNodesWithLabel(id) > 0).Select(id => names[id]).Order(StringComparer.Ordinal);
    }

    private static IEnumerable<string> TypesInUse(Graph.Access.GraphView graph)
    {
        var names = graph.Tokens.All(TokenKind.RelationshipType);
        return Enumerable.Range(0, names.Count).Where(id => graph.CountRelationships(-1, id, -1) > 0).Select(id => names[id]).Order(StringComparer.Ordinal);
    }

    private static IEnumerable<Value[]> SchemaVisualization(Graph.Access.GraphView graph, IReadOnlyList<Value> arguments)
    {
        _ = arguments;
        var labels = graph.Tokens.All(TokenKind.Label);
        var types = graph.Tokens.All(TokenKind.RelationshipType);
        var nodes = new List<Value>();
        var index = new Dictionary<int, long>();
        for (var id = 0; id < labels.Count; id++)
        {
            if (graph.CountNodesWithLabel(id) == 0)
            {
                continue;
            }

            var virtualId = -1 - id;
            index[id] = virtualId;
            nodes.Add(Value.Node(virtualId, new NodeData($"-{id + 1}", [labels[id]], new MapValue([new("name", Value.String(labels[id]))]))));
        }

        var relationships = new List<Value>();
        var next = -1L;
        foreach (var (key, count) in graph.RelationshipStatistics)
        {
            if (key.StartLabel < 0 || key.EndLabel < 0 || count == 0 || !index.ContainsKey(key.StartLabel) || !index.ContainsKey(key.EndLabel))
            {
                continue;
            }

            var start = index[key.StartLabel];
            var end = index[key.EndLabel];
            relationships.Add(Value.Relationship(next, new RelationshipData($"{next}", types[key.Type], start, end, $"{-start - 1}", $"{-end - 1}", MapValue.Empty)));
            next--;
        }

        yield return [Value.List(new ListValue(nodes)), Value.List(new ListValue(relationships))];
    }
}
