using System.Diagnostics;
using System.Text.Json;

namespace TechSelfReliance.Bench.Yardstick;

/// <summary>Runs Kuzu (npm kuzu@0.11.3 in bench/kuzu) on the same CSV files and questions, in a Node.js process of its own.</summary>
public static class KuzuRunner
{
    public sealed record Outcome(double LoadSeconds, long MemoryBytes, IReadOnlyList<double[]> Timings, IReadOnlyList<string[]> Results);

    public static Outcome Run(string benchFolder, SupplyChainGraph graph, IReadOnlyList<Question> questions)
    {
        var kuzuFolder = Path.Combine(benchFolder, "kuzu");
        EnsureInstalled(kuzuFolder);
        var schema = new List<string>();
        foreach (var label in SupplyChainGraph.NodeLabels)
        {
            schema.Add(label == "Company"
                ? "CREATE NODE TABLE Company(id STRING, name STRING, revenue INT64, PRIMARY KEY(id))"
                : $"CREATE NODE TABLE {label}(id STRING, name STRING, PRIMARY KEY(id))");
        }

        foreach (var (type, from, to) in SupplyChainGraph.RelationshipTypes)
        {
            schema.Add($"CREATE REL TABLE {type}(FROM {from} TO {to})");
        }

        var copies = SupplyChainGraph.NodeLabels.Select(l => $"COPY {l} FROM '{graph.NodeFile(l)}' (HEADER=true)")
            .Concat(SupplyChainGraph.RelationshipTypes.Select(r => $"COPY {r.Type} FROM '{graph.RelationshipFile(r.Type)}' (HEADER=true)"))
            .ToList();
        var plan = new
        {
            dbDir = Path.Combine(graph.Folder, "kuzu-db"),
            schema,
            copies,
            questions = questions.Select(q => new { name = q.Name, cypher = q.Kuzu, @params = q.Parameters, warmup = q.Warmup }),
        };
        var planFile = Path.Combine(graph.Folder, "kuzu-plan.json");
        var outFile = Path.Combine(graph.Folder, "kuzu-out.json");
        File.WriteAllText(planFile, JsonSerializer.Serialize(plan));
        Exec("node", $"kuzu-bench.mjs \"{planFile}\" \"{outFile}\"", kuzuFolder);
        using var document = JsonDocument.Parse(File.ReadAllText(outFile));
        var root = document.RootElement;
        var timings = new List<double[]>();
        var results = new List<string[]>();
        foreach (var question in root.GetProperty("questions").EnumerateArray())
        {
            timings.Add(question.GetProperty("timingsMicros").EnumerateArray().Select(t => t.GetDouble()).ToArray());
            results.Add(question.GetProperty("results").EnumerateArray().Select(r => r.GetString()!).ToArray());
        }

        var memory = root.GetProperty("rssAfterLoad").GetInt64() - root.GetProperty("rssBefore").GetInt64();
        return new Outcome(root.GetProperty("loadSeconds").GetDouble(), memory, timings, results);
    }

    private static void EnsureInstalled(string folder)
    {
        if (!File.Exists(Path.Combine(folder, "node_modules", "kuzu", "package.json")))
        {
            Exec("npm", "ci --no-audit --no-fund --loglevel=error", folder);
        }

        if (!File.Exists(Path.Combine(folder, "node_modules", "kuzu", "kuzujs.node")))
        {
            Exec("node", "install.js", Path.Combine(folder, "node_modules", "kuzu"));
        }
    }

    private static void Exec(string file, string arguments, string folder)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { WorkingDirectory = folder, UseShellExecute = false })!;
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{file} {arguments}' in {folder} failed with exit code {process.ExitCode}.");
        }
    }
}
