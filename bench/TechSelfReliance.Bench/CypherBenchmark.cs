using TechSelfReliance.Cypher.Execution;
using TechSelfReliance.Cypher.Planning;
using TechSelfReliance.Cypher.Procedures;
using Parser = TechSelfReliance.Cypher.Syntax.Parser;
using TechSelfReliance.Graph;
using TechSelfReliance.Graph.Access;
using TechSelfReliance.Graph.Schema;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Bench;

/// <summary>
/// The Cypher benchmark of issue 3: each question answered through the engine and directly through the store
/// API in the same run, on the same random inputs; the answers must agree and the table shows the ratio.
/// </summary>
internal static class CypherBenchmark
{
    public static void Run(int nodes, int relationships, int seed)
    {
        Console.WriteLine($"# Cypher layer vs direct store access: {nodes:N0} nodes, {relationships:N0} relationships (seed {seed})");
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
        var graph = new SyntheticGraph(nodes, relationships, seed);
        using var store = GraphStore.CreateInMemory();
        StoreBenchmark.Load(store, graph);
        var engine = new CypherEngine(store);
        engine.Execute("CREATE INDEX company_name FOR (c:Company) ON (c.name)");
        engine.Execute("CREATE INDEX company_rank FOR (c:Company) ON (c.rank)");
        using var read = store.BeginRead();
        var random = new Random(seed + 2);
        var company = read.Tokens.Lookup(TokenKind.Label, "Company");
        var nameKey = read.Tokens.Lookup(TokenKind.PropertyKey, "name");
        var rankKey = read.Tokens.Lookup(TokenKind.PropertyKey, "rank");
        var companies = read.NodesWithLabel(company).ToList();
        var rows = new List<string> { "| question | Cypher p50 µs | Cypher p99 µs | direct p50 µs | direct p99 µs | ratio (p50) |", "|---|---:|---:|---:|---:|---:|" };

        void Compare<T>(string question, IReadOnlyList<T> inputs, Func<T, long> viaCypher, Func<T, long> direct)
        {
            var cypher = LatencySeries.Measure(inputs, viaCypher);
            var store = LatencySeries.Measure(inputs, direct);
            if (cypher.Checksum != store.Checksum)
            {
                throw new InvalidOperationException($"{question}: Cypher answered {cypher.Checksum} but the store {store.Checksum}.");
            }

            rows.Add($"| {question} | {Micros(cypher.P50)} | {cypher.P99:F1} | {Micros(store.P50)} | {store.P99:F1} | {cypher.P50 / Math.Max(store.P50, 0.001):F2}x |");
            Console.WriteLine(rows[^1]);
        }

        long Count(string query, IReadOnlyDictionary<string, Value>? parameters) => engine.Execute(read, query, parameters).Rows[0][0].AsInteger();

        var typical = new[]
        {
            "MATCH (c:Company {name: $name}) RETURN c.rank",
            "MATCH (a)-[:SUPPLIES]->(b:Company)-[:LOCATED_IN]->(p:Place) WHERE a.rank > $r RETURN p.name, count(*) ORDER BY count(*) DESC LIMIT 10",
            "MATCH p = shortestPath((a)-[*..6]-(b)) WHERE id(a) = $a AND id(b) = $b RETURN length(p)",
        };
        var parse = LatencySeries.Measure(Enumerable.Range(0, 3000).Select(i => typical[i % typical.Length]).ToList(),
            text => new QueryPlanner(new ProcedureRegistry(), read).Plan(Parser.Parse(text).Statement).SlotCount);
        Console.WriteLine($"parse + plan (no cache), typical queries: p50 {parse.P50:F1} µs, p99 {parse.P99:F1} µs");

        var names = Enumerable.Range(0, 5000).Select(_ => graph.NodeName[companies[random.Next(companies.Count)]]).ToList();
        var nameIndex = read.FindIndex(company, nameKey)!;
        Compare("point lookup by indexed property", names,
            name => engine.Execute(read, "MATCH (c:Company {name: $name}) RETURN c.rank", new Dictionary<string, Value> { ["name"] = Value.String(name) }).Rows[0][0].AsInteger(),
            name =>
            {
                foreach (var node in nameIndex.Get(Value.String(name)))
                {
                    return read.GetNodeProperty(node, rankKey).AsInteger();
                }

                return 0;
            });

        var starts = Enumerable.Range(0, 2000).Select(_ => (long)random.Next(nodes)).ToList();
        Compare("1-hop count", starts,
            id => Count("MATCH (a)-->(b) WHERE id(a) = $id RETURN count(*)", new Dictionary<string, Value> { ["id"] = Value.Integer(id) }),
            id => DirectHops(read, id, 1));
        var fewer = starts.Take(300).ToList();
        Compare("2-hop count", fewer,
            id => Count("MATCH (a)-->()-->(c) WHERE id(a) = $id RETURN count(*)", new Dictionary<string, Value> { ["id"] = Value.Integer(id) }),
            id => DirectHops(read, id, 2));
        Compare("3-hop count", fewer.Take(100).ToList(),
            id => Count("MATCH (a)-->()-->()-->(d) WHERE id(a) = $id RETURN count(*)", new Dictionary<string, Value> { ["id"] = Value.Integer(id) }),
            id => DirectHops(read, id, 3));

        var pairs = Enumerable.Range(0, 200).Select(_ => ((long)random.Next(nodes), (long)random.Next(nodes))).ToList();
        Compare("shortestPath (undirected, ≤ 6 hops)", pairs,
            p => engine.Execute(read, "MATCH p = shortestPath((a)-[*..6]-(b)) WHERE id(a) = $a AND id(b) = $b RETURN length(p)",
                new Dictionary<string, Value> { ["a"] = Value.Integer(p.Item1), ["b"] = Value.Integer(p.Item2) }).Rows.Select(r => r[0].AsInteger()).FirstOrDefault(-1),
            p => DirectShortest(read, p.Item1, p.Item2, 6));

        Compare("count by label", Enumerable.Range(0, 1000).ToList(),
            _ => Count("MATCH (n:Company) RETURN count(n)", null),
            _ => read.CountNodesWithLabel(company));

        var rankIndex = read.FindIndex(company, rankKey)!;
        var ranges = Enumerable.Range(0, 300).Select(_ => random.Next(990_000)).Select(lo => (Lo: lo, Hi: lo + 2_000)).ToList();
        Compare("range filter (indexed rank, count)", ranges,
            r => Count("MATCH (c:Company) WHERE c.rank >= $lo AND c.rank < $hi RETURN count(c)",
                new Dictionary<string, Value> { ["lo"] = Value.Integer(r.Lo), ["hi"] = Value.Integer(r.Hi) }),
            r => rankIndex.Range(Value.Integer(r.Lo), true, Value.Integer(r.Hi), false).Sum(e => (long)e.Ids.Count));

        // last, once the JIT has long settled: measured first, it caught tier-0 code
        var floor = LatencySeries.Measure(Enumerable.Range(0, 2000).ToList(),
            i => engine.Execute(read, "RETURN $x", new Dictionary<string, Value> { ["x"] = Value.Integer(i) }).Rows[0][0].AsInteger());
        var clock = LatencySeries.Measure(Enumerable.Range(0, 2000).ToList(), i => i);
        Console.WriteLine($"a statement without store work (RETURN $x, parameters included): p50 {floor.P50:F3} µs; the timer alone: p50 {clock.P50:F3} µs");
        Console.WriteLine();
        Console.WriteLine(string.Join(Environment.NewLine, rows));
    }

    /// <summary>A median in microseconds, with the nanoseconds shown below one microsecond (so the ratio can be checked).</summary>
    private static string Micros(double value) => value < 1 ? value.ToString("F3") : value.ToString("F2");

    /// <summary>Walks of exactly n outgoing relationships with no relationship repeated, as a MATCH pattern counts them.</summary>
    private static long DirectHops(GraphView view, long start, int hops)
    {
        var used = new int[hops];
        long Walk(long node, int depth)
        {
            if (depth == hops)
            {
                return 1;
            }

            long total = 0;
            var cursor = view.GetRelationships(node, Direction.Outgoing);
            while (cursor.MoveNext())
            {
                var repeated = false;
                for (var i = 0; i < depth; i++)
                {
                    repeated |= used[i] == cursor.Relationship;
                }

                if (repeated)
                {
                    continue;
                }

                used[depth] = cursor.Relationship;
                total += Walk(cursor.Other, depth + 1);
            }

            return total;
        }

        return Walk(start, 0);
    }

    /// <summary>A plain breadth-first search from the source, for comparison (not the engine's algorithm).</summary>
    private static long DirectShortest(GraphView view, long source, long target, int maxHops)
    {
        if (source == target)
        {
            return -1;
        }

        var seen = new HashSet<long> { source };
        var frontier = new List<long> { source };
        for (var depth = 1; depth <= maxHops && frontier.Count > 0; depth++)
        {
            var next = new List<long>();
            foreach (var node in frontier)
            {
                var cursor = view.GetRelationships(node, Direction.Both);
                while (cursor.MoveNext())
                {
                    if (cursor.Other == target)
                    {
                        return depth;
                    }

                    if (seen.Add(cursor.Other))
                    {
                        next.Add(cursor.Other);
                    }
                }
            }

            frontier = next;
        }

        return -1;
    }
}
