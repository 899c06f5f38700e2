using CsCheck;
using TechSelfReliance.Graph.Access;
using TechSelfReliance.Graph.Indexing;
using TechSelfReliance.Graph.Transactions;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Graph.Tests.Model;

/// <summary>
/// Random sequences of writes, commits and rollbacks run against the store and against <see cref="GraphModel"/>;
/// after every step the transaction's view must equal the working model and a fresh reader must equal the
/// committed model — nodes, labels, properties, adjacency by type and direction, statistics and index seeks.
/// </summary>
public sealed class ModelBasedStoreTests
{
    private const int Labels = 3;
    private const int Types = 2;
    private const int Keys = 3;

    private static readonly Gen<Value> GenValue = Gen.OneOf(
        Gen.Int[-3, 3].Select(i => Value.Integer(i)),
        Gen.Int[-3, 3].Select(i => Value.Float(i / 2.0)),
        Gen.Int[0, 2].Select(i => Value.String(((char)('a' + i)).ToString())),
        Gen.Bool.Select(Value.Boolean),
        Gen.Int[0, 2].Select(i => Value.List(Enumerable.Range(0, i).Select(x => Value.Integer(x)).ToArray())));

    private static readonly Gen<Step> GenStep = Gen.Frequency(
        (6, Gen.Select(Gen.Int[0, (1 << Labels) - 1], Gen.Int[0, Keys - 1], GenValue, (m, k, v) => (Step)new Step.CreateNode(m, k, v))),
        (2, Gen.Select(Gen.Int[0, 1000], Gen.Bool, (p, d) => (Step)new Step.DeleteNode(p, d))),
        (4, Gen.Select(Gen.Int[0, 1000], Gen.Int[0, Keys - 1], GenValue, (p, k, v) => (Step)new Step.SetNodeProperty(p, k, v))),
        (2, Gen.Select(Gen.Int[0, 1000], Gen.Int[0, Keys - 1], (p, k) => (Step)new Step.RemoveNodeProperty(p, k))),
        (2, Gen.Select(Gen.Int[0, 1000], Gen.Int[0, Labels - 1], (p, l) => (Step)new Step.AddLabel(p, l))),
        (2, Gen.Select(Gen.Int[0, 1000], Gen.Int[0, Labels - 1], (p, l) => (Step)new Step.RemoveLabel(p, l))),
        (5, Gen.Select(Gen.Int[0, 1000], Gen.Int[0, 1000], Gen.Int[0, Types - 1], GenValue, (s, e, t, v) => (Step)new Step.CreateRelationship(s, e, t, v))),
        (2, Gen.Int[0, 1000].Select(p => (Step)new Step.DeleteRelationship(p))),
        (2, Gen.Select(Gen.Int[0, 1000], Gen.Int[0, Keys - 1], GenValue, (p, k, v) => (Step)new Step.SetRelationshipProperty(p, k, v))),
        (1, Gen.Select(Gen.Int[0, Labels - 1], Gen.Int[0, Keys - 1], (l, k) => (Step)new Step.CreateIndex(l, k))),
        (1, Gen.Select(Gen.Int[0, Labels - 1], Gen.Int[0, Keys - 1], (l, k) => (Step)new Step.DropIndex(l, k))),
        (2, Gen.Const((Step)new Step.Commit())),
        (1, Gen.Const((Step)new Step.Rollback())));

    [Fact]
    public void Random_operation_sequences_match_the_dictionary_model()
    {
        GenStep.Array[1, 80].Sample(RunAndCheck, iter: 300);
    }

    private static void RunAndCheck(Step[] steps)
    {
        using var store = GraphStore.CreateInMemory();
        var tx = store.BeginWrite();
        for (var i = 0; i < Labels; i++)
        {
            tx.GetOrCreateLabel($"L{i}");
        }

        for (var i = 0; i < Types; i++)
        {
            tx.GetOrCreateRelationshipType($"T{i}");
        }

        for (var i = 0; i < Keys; i++)
        {
            tx.GetOrCreatePropertyKey($"k{i}");
        }

        var committed = new GraphModel();
        var working = new GraphModel();
        try
        {
            foreach (var step in steps)
            {
                switch (step)
                {
                    case Step.Commit:
                        tx.Commit();
                        committed = working.Clone();
                        tx = store.BeginWrite();
                        break;
                    case Step.Rollback:
                        tx.Rollback();
                        working = committed.Clone();
                        tx = store.BeginWrite();
                        break;
                    default:
                        Apply(tx, working, step);
                        break;
                }

                AssertSame(working, tx);
                using var reader = store.BeginRead();
                AssertSame(committed, reader);
            }
        }
        finally
        {
            tx.Dispose();
        }
    }

    private static void Apply(WriteTransaction tx, GraphModel model, Step step)
    {
        var nodes = model.Nodes.Keys.Order().ToList();
        var relationships = model.Relationships.Keys.Order().ToList();
        switch (step)
        {
            case Step.CreateNode(var mask, var key, var value):
                var labels = Enumerable.Range(0, Labels).Where(l => (mask & (1 << l)) != 0).ToArray();
                var id = tx.CreateNode(labels, [new(key, value)]);
                Assert.DoesNotContain(id, model.Nodes.Keys);
                model.Nodes[id] = new ModelNode { Labels = [.. labels], Properties = { [key] = value } };
                break;
            case Step.DeleteNode(var pick, var detach) when nodes.Count > 0:
                var node = nodes[pick % nodes.Count];
                if (!detach && model.Degree(node) > 0)
                {
                    var error = Assert.Throws<GraphStoreException>(() => tx.DeleteNode(node, detach: false));
                    Assert.Equal(GraphErrorKind.NodeHasRelationships, error.Kind);
                    break;
                }

                tx.DeleteNode(node, detach);
                foreach (var (relId, _) in model.Relationships.Where(r => r.Value.Start == node || r.Value.End == node).ToList())
                {
                    model.Relationships.Remove(relId);
                }

                model.Nodes.Remove(node);
                break;
            case Step.SetNodeProperty(var pick, var key, var value) when nodes.Count > 0:
                tx.SetNodeProperty(nodes[pick % nodes.Count], key, value);
                model.Nodes[nodes[pick % nodes.Count]].Properties[key] = value;
                break;
            case Step.RemoveNodeProperty(var pick, var key) when nodes.Count > 0:
                var removed = tx.RemoveNodeProperty(nodes[pick % nodes.Count], key);
                Assert.Equal(model.Nodes[nodes[pick % nodes.Count]].Properties.Remove(key), removed);
                break;
            case Step.AddLabel(var pick, var label) when nodes.Count > 0:
                Assert.Equal(model.Nodes[nodes[pick % nodes.Count]].Labels.Add(label), tx.AddLabel(nodes[pick % nodes.Count], label));
                break;
            case Step.RemoveLabel(var pick, var label) when nodes.Count > 0:
                Assert.Equal(model.Nodes[nodes[pick % nodes.Count]].Labels.Remove(label), tx.RemoveLabel(nodes[pick % nodes.Count], label));
                break;
            case Step.CreateRelationship(var startPick, var endPick, var type, var value) when nodes.Count > 0:
                var start = nodes[startPick % nodes.Count];
                var end = nodes[endPick % nodes.Count];
                var relationship = tx.CreateRelationship(type, start, end, [new(0, value)]);
                model.Relationships[relationship] = new ModelRelationship { Type = type, Start = start, End = end, Properties = { [0] = value } };
                break;
            case Step.DeleteRelationship(var pick) when relationships.Count > 0:
                tx.DeleteRelationship(relationships[pick % relationships.Count]);
                model.Relationships.Remove(relationships[pick % relationships.Count]);
                break;
            case Step.SetRelationshipProperty(var pick, var key, var value) when relationships.Count > 0:
                tx.SetRelationshipProperty(relationships[pick % relationships.Count], key, value);
                model.Relationships[relationships[pick % relationships.Count]].Properties[key] = value;
                break;
            case Step.CreateIndex(var label, var key):
                if (model.Indexes.Add((label, key)))
                {
                    tx.CreateIndex(null, label, key);
                }
                else
                {
                    Assert.Throws<GraphStoreException>(() => tx.CreateIndex(null, label, key));
                }

                break;
            case Step.DropIndex(var label, var key):
                if (model.Indexes.Remove((label, key)))
                {
                    tx.DropIndex(tx.Indexes.Single(i => i.Label == label && i.Key == key).Name);
                }

                break;
        }
    }

    private static void AssertSame(GraphModel model, GraphView view)
    {
        Assert.Equal(model.Nodes.Count, view.NodeCount);
        Assert.Equal(model.Relationships.Count, view.RelationshipCount);
        var scanned = new List<long>();
        foreach (var id in view.AllNodes())
        {
            scanned.Add(id);
        }

        Assert.Equal(model.Nodes.Keys.Order(), scanned);
        foreach (var (id, node) in model.Nodes)
        {
            Assert.Equal(node.Labels.Order(), view.GetLabels(id).Items.ToArray());
            AssertProperties(node.Properties, view.GetNodeProperties(id));
            for (var type = -1; type < Types; type++)
            {
                int[]? types = type < 0 ? null : [type];
                foreach (var direction in new[] { Direction.Outgoing, Direction.Incoming, Direction.Both })
                {
                    var expected = model.Relationships
                        .Where(r => type < 0 || r.Value.Type == type)
                        .Where(r => direction switch
                        {
                            Direction.Outgoing => r.Value.Start == id,
                            Direction.Incoming => r.Value.End == id,
                            _ => r.Value.Start == id || r.Value.End == id,
                        })
                        .Select(r => (r.Key, Other: r.Value.Start == id ? r.Value.End : r.Value.Start))
                        .Order()
                        .ToList();
                    var actual = new List<(long, long)>();
                    var cursor = view.GetRelationships(id, direction, types);
                    while (cursor.MoveNext())
                    {
                        actual.Add((cursor.Relationship, cursor.Other));
                    }

                    Assert.Equal(expected, actual.Order().ToList());
                    Assert.Equal(expected.Count, view.Degree(id, direction, types));
                }
            }
        }

        foreach (var (id, relationship) in model.Relationships)
        {
            var record = view.GetRelationship(id);
            Assert.True(record.Exists);
            Assert.Equal((relationship.Type, relationship.Start, relationship.End), (record.Type, (long)record.Start, (long)record.End));
            AssertProperties(relationship.Properties, view.GetRelationshipProperties(id));
        }

        for (var label = 0; label < Labels; label++)
        {
            var members = model.Nodes.Where(n => n.Value.Labels.Contains(label)).Select(n => n.Key).Order().ToList();
            Assert.Equal(members, view.NodesWithLabel(label).ToList().Select(i => (long)i));
            Assert.Equal(members.Count, view.CountNodesWithLabel(label));
            for (var type = 0; type < Types; type++)
            {
                for (var endLabel = -1; endLabel < Labels; endLabel++)
                {
                    var expected = model.Relationships.Values.Count(r => r.Type == type
                        && model.Nodes[r.Start].Labels.Contains(label)
                        && (endLabel < 0 || model.Nodes[r.End].Labels.Contains(endLabel)));
                    Assert.Equal(expected, view.CountRelationships(label, type, endLabel));
                }
            }
        }

        for (var type = 0; type < Types; type++)
        {
            Assert.Equal(model.Relationships.Values.Count(r => r.Type == type), view.CountRelationships(-1, type, -1));
        }

        Assert.Equal(model.Indexes.Order(), view.Indexes.Select(i => (i.Label, i.Key)).Order());
        foreach (var (label, key) in model.Indexes)
        {
            AssertIndex(model, view.FindIndex(label, key)!, label, key);
        }
    }

    private static void AssertIndex(GraphModel model, PropertyIndexMap index, int label, int key)
    {
        var holders = model.Nodes
            .Where(n => n.Value.Labels.Contains(label) && n.Value.Properties.ContainsKey(key))
            .Select(n => (Id: n.Key, Value: n.Value.Properties[key]))
            .ToList();
        var comparer = IndexKeyComparer.Instance;
        Assert.Equal(holders.Count, index.EntryCount);
        foreach (var (_, probe) in holders)
        {
            var expected = holders.Where(h => comparer.Compare(h.Value, probe) == 0).Select(h => (int)h.Id).Order();
            Assert.Equal(expected, index.Get(probe).ToList());

            var atLeast = holders
                .Where(h => IndexKeyComparer.Group(h.Value) == IndexKeyComparer.Group(probe) && comparer.Compare(h.Value, probe) >= 0)
                .Select(h => (int)h.Id)
                .Order();
            Assert.Equal(atLeast, index.Range(probe, true, null, false).SelectMany(e => e.Ids.ToList()).Order());

            var below = holders
                .Where(h => IndexKeyComparer.Group(h.Value) == IndexKeyComparer.Group(probe) && comparer.Compare(h.Value, probe) < 0)
                .Select(h => (int)h.Id)
                .Order();
            Assert.Equal(below, index.Range(null, false, probe, false).SelectMany(e => e.Ids.ToList()).Order());
        }
    }

    private static void AssertProperties(Dictionary<int, Value> expected, IReadOnlyList<KeyValuePair<int, Value>> actual)
    {
        Assert.Equal(expected.Keys.Order(), actual.Select(p => p.Key).Order());
        foreach (var (key, value) in actual)
        {
            Assert.True(SameStoredValue(expected[key], value), $"property {key}: expected {expected[key]} but found {value}");
        }
    }

    private static bool SameStoredValue(Value a, Value b) =>
        a.Kind == b.Kind && IndexKeyComparer.Instance.Compare(a, b) == 0;
}
