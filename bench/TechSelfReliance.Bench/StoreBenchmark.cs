using System.Diagnostics;
using TechSelfReliance.Graph;
using TechSelfReliance.Graph.Transactions;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Bench;

/// <summary>
/// The store benchmark of issue 2: bulk load, memory after load, 1-hop expansion latency and full BFS
/// throughput, next to a BFS over plain compressed-sparse-row arrays of the same graph in the same run.
/// </summary>
internal static class StoreBenchmark
{
    public static void Run(int nodes, int relationships, int seed)
    {
        Console.WriteLine($"# Store benchmark: {nodes:N0} nodes, {relationships:N0} relationships (seed {seed})");
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
        var graph = new SyntheticGraph(nodes, relationships, seed);
        var baselineMemory = ManagedMemory();

        var watch = Stopwatch.StartNew();
        using var store = GraphStore.CreateInMemory();
        Load(store, graph);
        watch.Stop();
        var loadSeconds = watch.Elapsed.TotalSeconds;
        var memory = ManagedMemory() - baselineMemory;
        Console.WriteLine($"load: {loadSeconds:F1} s = {(nodes + relationships) / loadSeconds:N0} elements/s");
        Console.WriteLine($"store memory after load (managed heap, generator arrays excluded): {memory / 1048576.0:N0} MiB; process working set {Environment.WorkingSet / 1048576.0:N0} MiB");

        using var read = store.BeginRead();
        var random = new Random(seed + 1);
        var latencies = new List<double>();
        long checksum = 0;
        for (var i = 0; i < 200_000; i++)
        {
            var node = random.Next(nodes);
            var started = Stopwatch.GetTimestamp();
            var cursor = read.GetRelationships(node, Direction.Outgoing);
            var count = 0;
            while (cursor.MoveNext())
            {
                count++;
            }

            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMicroseconds);
            checksum += count;
        }

        Console.WriteLine($"1-hop expansion (outgoing, all types): p50 {Statistics.Median(latencies):F2} µs, p99 {Statistics.Percentile(latencies, 99):F2} µs (checksum {checksum})");

        var csr = CompressedSparseRow.Build(graph);
        var storeRates = new List<double>();
        var csrRates = new List<double>();
        for (var round = 0; round < 5; round++)
        {
            var source = random.Next(nodes);
            var (storeEdges, storeSeconds) = Time(() => BreadthFirstOverStore(read, source, nodes));
            var (csrEdges, csrSeconds) = Time(() => csr.BreadthFirst(source));
            if (storeEdges != csrEdges)
            {
                throw new InvalidOperationException($"BFS disagreement: store scanned {storeEdges} edges, CSR {csrEdges}.");
            }

            storeRates.Add(storeEdges / storeSeconds);
            csrRates.Add(csrEdges / csrSeconds);
        }

        var storeRate = Statistics.Median(storeRates);
        var csrRate = Statistics.Median(csrRates);
        Console.WriteLine($"full BFS: store {storeRate / 1e6:F1} M edges/s, raw CSR {csrRate / 1e6:F1} M edges/s, ratio CSR/store {csrRate / storeRate:F2}x (median of 5)");
    }

    internal static void Load(GraphStore store, SyntheticGraph graph)
    {
        const int Batch = 500_000;
        int[] labels;
        int[] types;
        int rank, name, weight, kind;
        using (var setup = store.BeginWrite())
        {
            labels = SyntheticGraph.Labels.Select(setup.GetOrCreateLabel).ToArray();
            types = SyntheticGraph.Types.Select(setup.GetOrCreateRelationshipType).ToArray();
            rank = setup.GetOrCreatePropertyKey("rank");
            name = setup.GetOrCreatePropertyKey("name");
            weight = setup.GetOrCreatePropertyKey("weight");
            kind = setup.GetOrCreatePropertyKey("kind");
            setup.Commit();
        }

        var kinds = SyntheticGraph.Kinds.Select(Value.String).ToArray();
        var nodeIds = new long[graph.NodeCount];
        WriteTransaction? tx = null;
        for (var i = 0; i < graph.NodeCount; i++)
        {
            if (i % Batch == 0)
            {
                tx?.Commit();
                tx = store.BeginWrite();
            }

            nodeIds[i] = tx!.CreateNode([labels[graph.NodeLabel[i]]], [new(rank, Value.Integer(graph.NodeRank[i])), new(name, Value.String(graph.NodeName[i]))]);
        }

        for (var r = 0; r < graph.Start.Length; r++)
        {
            if (r % Batch == 0)
            {
                tx?.Commit();
                tx = store.BeginWrite();
            }

            tx!.CreateRelationship(types[graph.Type[r]], nodeIds[graph.Start[r]], nodeIds[graph.End[r]],
                [new(weight, Value.Integer(graph.Weight[r])), new(kind, kinds[graph.Kind[r]])]);
        }

        tx?.Commit();
    }

    private static long BreadthFirstOverStore(ReadTransaction read, int source, int nodes)
    {
        var visited = new bool[nodes];
        var queue = new int[nodes];
        int head = 0, tail = 0;
        long edges = 0;
        visited[source] = true;
        queue[tail++] = source;
        while (head < tail)
        {
            var node = queue[head++];
            var adjacency = read.GetAdjacency(node);
            for (var segment = 0; segment < adjacency.SegmentCount; segment++)
            {
                var neighbours = adjacency.SegmentNodes(segment, outgoing: true);
                edges += neighbours.Length;
                foreach (var other in neighbours)
                {
                    if (!visited[other])
                    {
                        visited[other] = true;
                        queue[tail++] = other;
                    }
                }
            }
        }

        return edges;
    }

    private static (long Edges, double Seconds) Time(Func<long> run)
    {
        var watch = Stopwatch.StartNew();
        var edges = run();
        return (edges, watch.Elapsed.TotalSeconds);
    }

    private static long ManagedMemory()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
