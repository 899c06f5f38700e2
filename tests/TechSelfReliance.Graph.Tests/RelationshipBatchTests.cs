using System.Text;
using CsCheck;
using TechSelfReliance.Graph.Tests.Support;
using TechSelfReliance.Graph.Transactions;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Graph.Tests;

/// <summary>
/// <see cref="WriteTransaction.CreateRelationships"/> must leave the store exactly as creating the same
/// relationships one by one does: ids, records, adjacency order per node, statistics, properties — also for
/// nodes the transaction already holds unpacked, self-loops and parallel relationships, and after recovery.
/// </summary>
public sealed class RelationshipBatchTests
{
    private const int NodeCount = 12;

    private sealed record Scenario(int[] NodeLabels, (int Type, int Start, int End)[] Before, (int Type, int Start, int End)[] Singles, (int Type, int Start, int End, long? Weight)[] Batch);

    private static readonly Gen<(int, int, int)> GenEdge = Gen.Select(Gen.Int[0, 2], Gen.Int[0, NodeCount - 1], Gen.Int[0, NodeCount - 1]);

    private static readonly Gen<Scenario> GenScenario = Gen.Select(
        Gen.Int[0, 3].Array[NodeCount],
        GenEdge.Array[0, 20],
        GenEdge.Array[0, 6],
        Gen.Select(GenEdge, Gen.Long[-1, 9]).Select((edge, weight) => (edge.Item1, edge.Item2, edge.Item3, weight < 0 ? (long?)null : weight)).Array[0, 40],
        (labels, before, singles, batch) => new Scenario(labels, before, singles, batch));

    [Fact]
    public void A_batch_leaves_the_store_as_creating_its_relationships_one_by_one_does()
    {
        GenScenario.Sample(scenario =>
        {
            using var batched = GraphStore.CreateInMemory();
            using var single = GraphStore.CreateInMemory();
            Apply(batched, scenario, useBatch: true);
            Apply(single, scenario, useBatch: false);
            Assert.Equal(Describe(single), Describe(batched));
        }, iter: 300);
    }

    [Fact]
    public void A_batch_is_logged_and_recovered_like_single_creates()
    {
        using var folder = new TemporaryDirectory();
        var options = new GraphStoreOptions { DataDirectory = folder.Combine("db"), CheckpointOnDispose = false };
        var scenario = GenScenario.Single(s => s.Batch.Length > 10 && s.Before.Length > 5, seed: "0000000A1XSV");
        string expected;
        using (var store = GraphStore.Open(options))
        {
            Apply(store, scenario, useBatch: true);
            expected = Describe(store);
        }

        using var reopened = GraphStore.Open(options);
        Assert.Equal(expected, Describe(reopened));
    }

    [Fact]
    public void A_batch_naming_a_missing_node_changes_nothing()
    {
        using var store = GraphStore.CreateInMemory();
        using var write = store.BeginWrite();
        var type = write.GetOrCreateRelationshipType("R");
        var a = write.CreateNode([]);
        var batch = new RelationshipBatch();
        batch.Add(type, a, a);
        batch.Add(type, a, 999);

        var error = Assert.Throws<GraphStoreException>(() => write.CreateRelationships(batch));

        Assert.Equal(GraphErrorKind.EntityNotFound, error.Kind);
        Assert.Equal(0, write.RelationshipCount);
        Assert.Equal(0, write.Degree(a, Direction.Both));
    }

    private static void Apply(GraphStore store, Scenario scenario, bool useBatch)
    {
        int weight;
        using (var setup = store.BeginWrite())
        {
            var labels = Enumerable.Range(0, 2).Select(i => setup.GetOrCreateLabel($"L{i}")).ToArray();
            weight = setup.GetOrCreatePropertyKey("weight");
            for (var i = 0; i < 3; i++)
            {
                setup.GetOrCreateRelationshipType($"T{i}");
            }

            foreach (var mask in scenario.NodeLabels)
            {
                setup.CreateNode(labels.Where((_, bit) => (mask & (1 << bit)) != 0).ToArray());
            }

            foreach (var (type, start, end) in scenario.Before)
            {
                setup.CreateRelationship(type, start, end);
            }

            setup.Commit();
        }

        using var write = store.BeginWrite();
        foreach (var (type, start, end) in scenario.Singles)
        {
            write.CreateRelationship(type, start, end);
        }

        if (useBatch)
        {
            var batch = new RelationshipBatch();
            foreach (var (type, start, end, value) in scenario.Batch)
            {
                batch.Add(type, start, end, value is { } w ? [new(weight, Value.Integer(w))] : null);
            }

            write.CreateRelationships(batch);
        }
        else
        {
            foreach (var (type, start, end, value) in scenario.Batch)
            {
                write.CreateRelationship(type, start, end, value is { } w ? [new(weight, Value.Integer(w))] : null);
            }
        }

        write.Commit();
    }

    private static string Describe(GraphStore store)
    {
        using var read = store.BeginRead();
        var text = new StringBuilder();
        text.AppendLine($"relationships {read.RelationshipCount}, id limit {read.RelationshipIdLimit}");
        for (var node = 0; node < read.NodeIdLimit; node++)
        {
            var adjacency = read.GetAdjacency(node);
            for (var g = 0; g < adjacency.GroupCount; g++)
            {
                text.Append($"node {node} type {adjacency.GroupType(g)} out");
                AppendPairs(text, adjacency.OutgoingRelationships(g), adjacency.OutgoingNodes(g));
                text.Append(" in");
                AppendPairs(text, adjacency.IncomingRelationships(g), adjacency.IncomingNodes(g));
                text.AppendLine();
            }
        }

        for (var id = 0; id < read.RelationshipIdLimit; id++)
        {
            var record = read.GetRelationship(id);
            text.AppendLine($"rel {id} {record.Type} {record.Start}->{record.End} {string.Join(',', read.GetRelationshipProperties(id).Select(p => $"{p.Key}={p.Value}"))}");
        }

        foreach (var (key, count) in read.RelationshipStatistics.OrderBy(p => (p.Key.StartLabel, p.Key.Type, p.Key.EndLabel)))
        {
            text.AppendLine($"triple {key.StartLabel} {key.Type} {key.EndLabel} = {count}");
        }

        return text.ToString();
    }

    private static void AppendPairs(StringBuilder text, ReadOnlySpan<int> relationships, ReadOnlySpan<int> others)
    {
        for (var i = 0; i < relationships.Length; i++)
        {
            text.Append($" {relationships[i]}:{others[i]}");
        }
    }
}
