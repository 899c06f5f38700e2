using System.Diagnostics;
using TechSelfReliance.Graph.Schema;
using TechSelfReliance.Graph.Tests.Support;

namespace TechSelfReliance.Graph.Tests.Durability;

/// <summary>
/// Runs the write loop in a child process, kills it with SIGKILL at random moments, reopens the store and
/// checks that every acknowledged commit is there and no commit is there in part. The number of cycles is
/// 200 by default; set GRAPH_CRASH_CYCLES (e.g. 1000) for a longer run.
/// </summary>
public sealed class CrashSafetyTests
{
    private const int BatchSize = 4;

    [Fact]
    public async Task Killing_the_writer_at_random_moments_loses_no_acknowledged_commit_and_leaves_no_partial_one()
    {
        var cycles = int.TryParse(Environment.GetEnvironmentVariable("GRAPH_CRASH_CYCLES"), out var configured) ? configured : 200;
        var childDll = Path.Combine(AppContext.BaseDirectory, "TechSelfReliance.Graph.CrashChild.dll");
        Assert.True(File.Exists(childDll), $"The crash child was not built next to the tests: {childDll}");
        using var folder = new TemporaryDirectory();
        var random = new Random(20261128);
        long acknowledgedMax = -1;
        var totalAcks = 0;
        for (var cycle = 0; cycle < cycles; cycle++)
        {
            var acked = await RunAndKill(childDll, folder.Path, checkpointEvery: cycle % 3 == 0 ? 7 : 0, killAfterMs: random.Next(0, 120));
            totalAcks += acked.Count;
            if (acked.Count > 0)
            {
                acknowledgedMax = Math.Max(acknowledgedMax, acked.Max());
            }

            using var store = GraphStore.Open(new GraphStoreOptions { DataDirectory = folder.Path, CheckpointOnDispose = false });
            var batches = ReadBatches(store);
            foreach (var (batch, (nodes, relationships)) in batches)
            {
                Assert.True(nodes == BatchSize && relationships == BatchSize - 1,
                    $"cycle {cycle}: batch {batch} is partly present ({nodes} nodes, {relationships} relationships)");
            }

            var present = batches.Keys.Order().ToList();
            Assert.Equal(Enumerable.Range(0, present.Count).Select(i => (long)i), present);
            Assert.True(present.Count > acknowledgedMax, $"cycle {cycle}: batch {acknowledgedMax} was acknowledged but only {present.Count} batches survived");
        }

        Assert.True(totalAcks > cycles, $"the child acknowledged only {totalAcks} commits in {cycles} cycles; the test exercised too little");
    }

    private static async Task<List<long>> RunAndKill(string childDll, string folder, int checkpointEvery, int killAfterMs)
    {
        var start = new ProcessStartInfo("dotnet", [childDll, folder, checkpointEvery.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var child = Process.Start(start)!;
        var acked = new List<long>();
        var ready = new TaskCompletionSource();
        var reader = Task.Run(async () =>
        {
            while (await child.StandardOutput.ReadLineAsync() is { } line)
            {
                if (line.StartsWith("ready", StringComparison.Ordinal))
                {
                    ready.TrySetResult();
                }
                else if (line.StartsWith("ack ", StringComparison.Ordinal))
                {
                    lock (acked)
                    {
                        acked.Add(long.Parse(line.AsSpan(4), System.Globalization.CultureInfo.InvariantCulture));
                    }
                }
            }

            ready.TrySetResult();
        });
        var stderr = child.StandardError.ReadToEndAsync();
        await ready.Task.WaitAsync(TimeSpan.FromSeconds(60));
        await Task.Delay(killAfterMs);
        if (child.HasExited)
        {
            Assert.Fail($"the child stopped on its own: {await stderr}");
        }

        child.Kill(entireProcessTree: true);
        await child.WaitForExitAsync();
        await reader;
        lock (acked)
        {
            return [.. acked];
        }
    }

    private static Dictionary<long, (int Nodes, int Relationships)> ReadBatches(GraphStore store)
    {
        using var read = store.BeginRead();
        var key = read.Tokens.Lookup(TokenKind.PropertyKey, "batch");
        var result = new Dictionary<long, (int Nodes, int Relationships)>();
        foreach (var node in read.AllNodes())
        {
            var batch = read.GetNodeProperty(node, key).AsInteger();
            var current = result.GetValueOrDefault(batch);
            result[batch] = (current.Nodes + 1, current.Relationships);
        }

        foreach (var relationship in read.AllRelationships())
        {
            var batch = read.GetRelationshipProperty(relationship, key).AsInteger();
            var current = result.GetValueOrDefault(batch);
            result[batch] = (current.Nodes, current.Relationships + 1);
        }

        return result;
    }
}
