using CsCheck;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Tests;

/// <summary>
/// Random small graphs and random MATCH / WHERE / aggregation queries, answered by the engine and by plain
/// LINQ over the same data: the answers must agree.
/// </summary>
public sealed class DifferentialTests
{
    private static readonly string[] Labels = ["A", "B", "C"];
    private static readonly string[] Types = ["R", "S"];

    private sealed record Graph(List<(string Label, int Value)> Nodes, List<(int Start, string Type, int End)> Edges);

    private static readonly Gen<Graph> GenGraph =
        Gen.Select(
            Gen.Select(Gen.Int[0, 2], Gen.Int[0, 5], (l, v) => (Labels[l], v)).List[1, 12],
            Gen.Select(Gen.Int[0, 99], Gen.Int[0, 1], Gen.Int[0, 99], (s, t, e) => (s, Types[t], e)).List[0, 30],
            (nodes, edges) => new Graph(nodes, edges.Select(e => (e.Item1 % nodes.Count, e.Item2, e.Item3 % nodes.Count)).ToList()));

    private sealed record QueryShape(string Start, string Type, string End, int Threshold, int Kind);

    private static readonly Gen<QueryShape> GenQuery = Gen.Select(
        Gen.Int[0, 3], Gen.Int[0, 2], Gen.Int[0, 3], Gen.Int[0, 6], Gen.Int[0, 5],
        (s, t, e, k, kind) => new QueryShape(s == 3 ? string.Empty : Labels[s], t == 2 ? string.Empty : Types[t], e == 3 ? string.Empty : Labels[e], k, kind));

    [Fact]
    public void Engine_and_linq_agree_on_random_graphs_and_queries()
    {
        Gen.Select(GenGraph, GenQuery.Array[1, 6]).Sample((graph, queries) =>
        {
            using var fixture = new EngineFixture();
            Load(fixture, graph);
            foreach (var query in queries)
            {
                var (cypher, expected) = Build(graph, query);
                var actual = fixture.Run(cypher).Rows.Select(r => string.Join("|", r.Select(Format))).Order(StringComparer.Ordinal).ToList();
                Assert.True(expected.SequenceEqual(actual),
                    $"{cypher}\nexpected: {string.Join(", ", expected)}\nactual:   {string.Join(", ", actual)}");
            }
        }, iter: 150);
    }

    private static void Load(EngineFixture fixture, Graph graph)
    {
        for (var i = 0; i < graph.Nodes.Count; i++)
        {
            fixture.Run($"CREATE (:{graph.Nodes[i].Label} {{i: $i, v: $v}})", new { i, v = graph.Nodes[i].Value });
        }

        foreach (var (start, type, end) in graph.Edges)
        {
            fixture.Run($"MATCH (a {{i: $s}}), (b {{i: $e}}) CREATE (a)-[:{type}]->(b)", new { s = start, e = end });
        }
    }

    private static (string Cypher, List<string> Expected) Build(Graph graph, QueryShape q)
    {
        var start = q.Start.Length > 0 ? ":" + q.Start : string.Empty;
        var end = q.End.Length > 0 ? ":" + q.End : string.Empty;
        var type = q.Type.Length > 0 ? ":" + q.Type : string.Empty;
        bool NodeOk(int n, string label) => label.Length == 0 || graph.Nodes[n].Label == label;
        var matches = graph.Edges
            .Where(e => (q.Type.Length == 0 || e.Type == q.Type) && NodeOk(e.Start, q.Start) && NodeOk(e.End, q.End))
            .Where(e => graph.Nodes[e.Start].Value < q.Threshold)
            .ToList();
        string Row(params object[] values) => string.Join("|", values.Select(v => v.ToString()));
        switch (q.Kind)
        {
            case 0:
                return ($"MATCH (a{start})-[r{type}]->(b{end}) WHERE a.v < {q.Threshold} RETURN count(*)", [Row(matches.Count)]);
            case 1:
                return ($"MATCH (a{start})-[r{type}]->(b{end}) WHERE a.v < {q.Threshold} RETURN a.i, count(b)",
                    matches.GroupBy(e => e.Start).Select(g => Row(g.Key, g.Count())).Order(StringComparer.Ordinal).ToList());
            case 2:
                return ($"MATCH (a{start})-[{type}]->(b{end}) WHERE a.v < {q.Threshold} RETURN count(DISTINCT b.i), sum(b.v)",
                    [Row(matches.Select(e => e.End).Distinct().Count(), matches.Sum(e => graph.Nodes[e.End].Value))]);
            case 3:
                var undirected = graph.Edges
                    .Where(e => q.Type.Length == 0 || e.Type == q.Type)
                    .SelectMany(e => e.Start == e.End ? new[] { (e.Start, e.End) } : [(e.Start, e.End), (e.End, e.Start)])
                    .Where(p => NodeOk(p.Item1, q.Start) && NodeOk(p.Item2, q.End) && graph.Nodes[p.Item1].Value < q.Threshold)
                    .ToList();
                return ($"MATCH (a{start})-[{type}]-(b{end}) WHERE a.v < {q.Threshold} RETURN count(*)", [Row(undirected.Count)]);
            case 4:
                var nodes = Enumerable.Range(0, graph.Nodes.Count).Where(n => NodeOk(n, q.Start)).ToList();
                return ($"MATCH (a{start}) OPTIONAL MATCH (a)-[{type}]->(b{end}) WHERE b.v >= {q.Threshold} RETURN a.i, count(b)",
                    nodes.Select(n => Row(n, graph.Edges.Count(e => e.Start == n && (q.Type.Length == 0 || e.Type == q.Type) && NodeOk(e.End, q.End) && graph.Nodes[e.End].Value >= q.Threshold)))
                        .Order(StringComparer.Ordinal).ToList());
            default:
                var pairs = new List<(int A, int C)>();
                for (var i = 0; i < graph.Edges.Count; i++)
                {
                    for (var j = 0; j < graph.Edges.Count; j++)
                    {
                        var first = graph.Edges[i];
                        var second = graph.Edges[j];
                        if (i != j && first.End == second.Start && NodeOk(first.Start, q.Start) && NodeOk(second.End, q.End))
                        {
                            pairs.Add((first.Start, second.End));
                        }
                    }
                }

                return ($"MATCH (a{start})-->()-->(c{end}) RETURN count(*), count(DISTINCT c)", [Row(pairs.Count, pairs.Select(p => p.C).Distinct().Count())]);
        }
    }

    private static string Format(Value value) => value.Kind == ValueKind.Null ? "null" : value.ToString();
}
