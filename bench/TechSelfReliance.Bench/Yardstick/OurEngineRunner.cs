using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using TechSelfReliance.Cypher.Execution;
using TechSelfReliance.Graph;
using TechSelfReliance.Graph.Import;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Bench.Yardstick;

/// <summary>Our embedded engine on the same CSV files and questions: bulk import into a durable store, then Cypher.</summary>
public static class OurEngineRunner
{
    public static KuzuRunner.Outcome Run(SupplyChainGraph graph, IReadOnlyList<Question> questions)
    {
        var folder = Path.Combine(graph.Folder, "ours-db");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Collect();
        var before = Process.GetCurrentProcess().WorkingSet64;
        var watch = Stopwatch.StartNew();
        using var store = GraphStore.Open(new GraphStoreOptions { DataDirectory = folder, CheckpointOnDispose = false });
        new CsvBulkImporter(store).Import(
            SupplyChainGraph.NodeLabels.Select(l => (graph.NodeFile(l), l)),
            SupplyChainGraph.RelationshipTypes.Select(r => (graph.RelationshipFile(r.Type), r.Type)));
        var engine = new CypherEngine(store);
        engine.Execute("CREATE INDEX company_revenue FOR (c:Company) ON (c.revenue)");
        var loadSeconds = watch.Elapsed.TotalSeconds;
        Collect();
        var memory = Process.GetCurrentProcess().WorkingSet64 - before;

        var timings = new List<double[]>();
        var results = new List<string[]>();
        foreach (var question in questions)
        {
            var parameters = question.Parameters.Select(ToValues).ToArray();
            for (var i = 0; i < question.Warmup; i++)
            {
                engine.Execute(question.Ours, parameters[i % parameters.Length]);
            }

            var times = new double[parameters.Length];
            var answers = new string[parameters.Length];
            for (var i = 0; i < parameters.Length; i++)
            {
                var start = Stopwatch.GetTimestamp();
                var result = engine.Execute(question.Ours, parameters[i]);
                times[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
                answers[i] = string.Join('\n', result.Rows.Select(row => JsonSerializer.Serialize(row.Select(Canonical))));
            }

            timings.Add(times);
            results.Add(answers);
        }

        return new KuzuRunner.Outcome(loadSeconds, memory, timings, results);
    }

    private static Dictionary<string, Value> ToValues(Dictionary<string, object> parameters) =>
        parameters.ToDictionary(p => p.Key, p => p.Value switch
        {
            string text => Value.String(text),
            long number => Value.Integer(number),
            int number => Value.Integer(number),
            _ => throw new ArgumentException($"Unsupported parameter {p.Value}."),
        });

    private static string Canonical(Value value) => value.Kind switch
    {
        ValueKind.Null => "null",
        ValueKind.Integer => value.AsInteger().ToString(CultureInfo.InvariantCulture),
        ValueKind.Float => value.AsFloat() == Math.Floor(value.AsFloat()) ? value.AsFloat().ToString("F0", CultureInfo.InvariantCulture) : value.AsFloat().ToString(CultureInfo.InvariantCulture),
        ValueKind.String => value.AsString(),
        _ => value.ToString(),
    };

    /// <summary>A full, compacting collection that also returns freed memory to the OS, so the resident size is what the data needs.</summary>
    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }
}
