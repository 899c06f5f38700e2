using System.Globalization;
using System.Text;

namespace TechSelfReliance.Bench.Yardstick;

/// <summary>
/// The side-by-side benchmark against Kuzu: same machine, same generated data, same questions, same run.
/// Prints one markdown table of medians, p99s and ratios (ours/Kuzu), and whether every answer agreed.
/// </summary>
public static class YardstickBenchmark
{
    public static int Run(double scale, int seed)
    {
        var benchFolder = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../.."));
        var dataFolder = Path.Combine(benchFolder, ".data", $"scale-{scale.ToString(CultureInfo.InvariantCulture)}");
        var generate = System.Diagnostics.Stopwatch.StartNew();
        var graph = SupplyChainGraph.Create(dataFolder, scale, seed);
        Console.WriteLine($"# TechSelfReliance vs Kuzu 0.11.3 — scale {scale} ({graph.NodeCounts.Values.Sum():N0} nodes, {graph.RelationshipCount:N0} relationships, seed {seed})");
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; data ready in {generate.Elapsed.TotalSeconds:F1} s");
        var questions = Questions.For(graph, seed);

        var kuzu = KuzuRunner.Run(benchFolder, graph, questions);
        Console.WriteLine($"Kuzu: loaded in {kuzu.LoadSeconds:F1} s");
        var ours = OurEngineRunner.Run(graph, questions);
        Console.WriteLine($"ours: loaded in {ours.LoadSeconds:F1} s");

        var table = new StringBuilder();
        table.AppendLine("| question | ours p50 µs | ours p99 µs | Kuzu p50 µs | Kuzu p99 µs | ours/Kuzu (p50) | answers agree |");
        table.AppendLine("|---|---:|---:|---:|---:|---:|---|");
        var disagreements = 0;
        foreach (var group in questions.Select((q, i) => (q, i)).GroupBy(x => x.q.Name))
        {
            var oursTimes = group.SelectMany(x => ours.Timings[x.i]).ToArray();
            var kuzuTimes = group.SelectMany(x => kuzu.Timings[x.i]).ToArray();
            var total = group.Sum(x => x.q.Parameters.Count);
            var agreeing = group.Sum(x => ours.Results[x.i].Zip(kuzu.Results[x.i]).Count(p => p.First == p.Second));
            foreach (var (q, i) in group)
            {
                var mismatch = ours.Results[i].Zip(kuzu.Results[i]).Select((p, n) => (p, n)).FirstOrDefault(x => x.p.First != x.p.Second);
                if (mismatch.p.First is not null && mismatch.p.First != mismatch.p.Second)
                {
                    Console.WriteLine($"  {q.Name} {q.Description} #{mismatch.n} differs: ours [{Shorten(mismatch.p.First)}] Kuzu [{Shorten(mismatch.p.Second)}]");
                }
            }

            disagreements += total - agreeing;
            var description = group.Key == "Q6" ? "count by label and by relationship type" : group.First().q.Description;
            var oursP50 = Statistics.Percentile([.. oursTimes], 50);
            var kuzuP50 = Statistics.Percentile([.. kuzuTimes], 50);
            table.AppendLine(CultureInfo.InvariantCulture, $"| {group.Key} {description} | {oursP50:F1} | {Statistics.Percentile([.. oursTimes], 99):F1} | {kuzuP50:F1} | {Statistics.Percentile([.. kuzuTimes], 99):F1} | {oursP50 / kuzuP50:F2}x | {agreeing}/{total} |");
        }

        table.AppendLine(CultureInfo.InvariantCulture, $"| bulk load (s) | {ours.LoadSeconds:F1} | | {kuzu.LoadSeconds:F1} | | {ours.LoadSeconds / kuzu.LoadSeconds:F2}x | |");
        table.AppendLine(CultureInfo.InvariantCulture, $"| memory after load (MiB, resident) | {ours.MemoryBytes / 1048576.0:F0} | | {kuzu.MemoryBytes / 1048576.0:F0} | | {(double)ours.MemoryBytes / kuzu.MemoryBytes:F2}x | |");
        Console.WriteLine();
        Console.Write(table);
        Console.WriteLine(disagreements == 0 ? "All answers agree." : $"{disagreements} answers DISAGREE.");
        return disagreements == 0 ? 0 : 1;
    }

    private static string Shorten(string text) => text.Length > 160 ? text[..160] + "…" : text.Replace('\n', ' ');
}
