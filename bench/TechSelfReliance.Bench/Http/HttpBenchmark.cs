using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using TechSelfReliance.Bench.Yardstick;
using TechSelfReliance.Graph;
using TechSelfReliance.Graph.Import;

namespace TechSelfReliance.Bench.Http;

/// <summary>
/// The HTTP API under load on loopback, on the seed and on a 100,000-node synthetic graph: requests per second
/// and latency for a Query API point lookup, neighbours, paths and influence, next to a trivial endpoint of the
/// same server in the same run.
/// </summary>
public static class HttpBenchmark
{
    public static void Run(string repositoryRoot, int workers, int seconds)
    {
        Console.WriteLine($"# HTTP API under load: {workers} concurrent clients on loopback, {seconds} s per endpoint after a 3 s warm-up");
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; client and server share the machine");
        Console.WriteLine();
        Console.WriteLine("| graph | endpoint | requests/s | p50 ms | p99 ms | p50 vs trivial | throughput vs trivial |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|");

        using (var seed = ServerProcess.Start(repositoryRoot, new Dictionary<string, string> { ["Graph__InMemory"] = "true" }))
        {
            string[] nodes = ["smic", "huawei", "ymtc", "semiconductors", "big-fund", "artificial-intelligence", "us-chip-controls", "hefei", "baidu", "catl"];
            string[] companies = ["smic", "huawei", "ymtc", "zte", "hisilicon", "baidu", "catl", "byd", "tsmc", "samsung"];
            string[] sources = ["us-chip-controls", "us-sanctions-huawei", "us-sanctions-smic", "euv-export-controls", "big-fund"];
            Measure("seed (158 nodes)", seed.Address, workers, seconds, "MATCH (n:Entity {id: $id}) RETURN n.name AS name", nodes, companies, sources, influenceHops: 3);
        }

        var folder = Path.Combine(repositoryRoot, "bench", ".data", "http-100k");
        var graph = SupplyChainGraph.Create(Path.Combine(repositoryRoot, "bench", ".data", "scale-0.1"), 0.1, 7);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        using (var store = GraphStore.Open(new GraphStoreOptions { DataDirectory = folder }))
        {
            new CsvBulkImporter(store).Import(
                SupplyChainGraph.NodeLabels.Select(l => (graph.NodeFile(l), l)),
                SupplyChainGraph.RelationshipTypes.Select(r => (graph.RelationshipFile(r.Type), r.Type)));
        }

        using (var big = ServerProcess.Start(repositoryRoot, new Dictionary<string, string> { ["Graph__DataDirectory"] = folder, ["Graph__SeedWhenEmpty"] = "false" }))
        {
            var random = new Random(7);
            var nodes = Enumerable.Range(0, 1000).Select(_ => SupplyChainGraph.CompanyId(random.Next(graph.Companies))).ToArray();
            var sources = Enumerable.Range(0, 50).Select(i => $"san{i}").ToArray();
            Measure("synthetic (100,000 nodes, 1,000,000 relationships)", big.Address, workers, seconds, "MATCH (c:Company {id: $id}) RETURN c.name AS name", nodes, nodes, sources, influenceHops: 2);
        }
    }

    private static void Measure(string graph, Uri address, int workers, int seconds, string lookup, string[] nodes, string[] companies, string[] sources, int influenceHops)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = workers, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        using var http = new HttpClient(handler) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
        var load = new LoadGenerator(http, workers, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(seconds));
        var endpoints = new (string Name, Func<int, HttpRequestMessage> Request)[]
        {
            ("trivial: GET /health/live", _ => new HttpRequestMessage(HttpMethod.Get, "/health/live")),
            ("Query API point lookup", n => new HttpRequestMessage(HttpMethod.Post, "/db/neo4j/query/v2")
            {
                Content = new StringContent(JsonSerializer.Serialize(new { statement = lookup, parameters = new { id = nodes[n % nodes.Length] } }), Encoding.UTF8, "application/json"),
            }),
            ("GET /api/nodes/{id}/neighbors", n => new HttpRequestMessage(HttpMethod.Get, $"/api/nodes/{nodes[n % nodes.Length]}/neighbors")),
            ("GET /api/paths (k=3)", n => new HttpRequestMessage(HttpMethod.Get, $"/api/paths?from={companies[n % companies.Length]}&to={companies[(n / companies.Length + 1 + n) % companies.Length]}&k=3&maxHops=4")),
            ($"GET /api/influence ({influenceHops} hops)", n => new HttpRequestMessage(HttpMethod.Get, $"/api/influence?source={sources[n % sources.Length]}&maxHops={influenceHops}&limit=20")),
        };
        LoadGenerator.Outcome? trivial = null;
        foreach (var (name, request) in endpoints)
        {
            var outcome = load.Run(request);
            trivial ??= outcome;
            var failures = outcome.Failures > 0 ? $" ({outcome.Failures} failed)" : string.Empty;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {graph} | {name}{failures} | {outcome.RequestsPerSecond:F0} | {outcome.P50Milliseconds:F2} | {outcome.P99Milliseconds:F2} | {outcome.P50Milliseconds / trivial.P50Milliseconds:F1}x | {outcome.RequestsPerSecond / trivial.RequestsPerSecond:F2}x |"));
        }
    }
}
