using TechSelfReliance.Graph.Schema;
using TechSelfReliance.Graph.Tests.Support;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Graph.Tests;

public sealed class TransactionSemanticsTests
{
    [Fact]
    public void Writes_are_invisible_to_readers_until_commit_and_visible_to_the_writer_at_once()
    {
        using var store = GraphStore.CreateInMemory();
        using var tx = store.BeginWrite();
        var id = tx.CreateNode([tx.GetOrCreateLabel("A")]);
        Assert.True(tx.NodeExists(id));
        using (var before = store.BeginRead())
        {
            Assert.False(before.NodeExists(id));
        }

        tx.Commit();
        using var after = store.BeginRead();
        Assert.True(after.NodeExists(id));
    }

    [Fact]
    public void Rollback_discards_every_change()
    {
        using var store = GraphStore.CreateInMemory();
        using (var tx = store.BeginWrite())
        {
            tx.CreateNode([tx.GetOrCreateLabel("A")]);
            tx.Rollback();
        }

        using var read = store.BeginRead();
        Assert.Equal(0, read.NodeCount);
    }

    [Fact]
    public void Rolling_back_to_a_savepoint_undoes_only_later_changes()
    {
        using var store = GraphStore.CreateInMemory();
        using var tx = store.BeginWrite();
        var label = tx.GetOrCreateLabel("A");
        var kept = tx.CreateNode([label]);
        var savepoint = tx.CreateSavepoint();
        var dropped = tx.CreateNode([label]);
        tx.DeleteNode(kept);
        tx.RollbackTo(savepoint);
        Assert.True(tx.NodeExists(kept));
        Assert.False(tx.NodeExists(dropped));
        tx.Commit();
        using var read = store.BeginRead();
        Assert.Equal(1, read.NodeCount);
        Assert.Equal([(int)kept], read.NodesWithLabel(label).ToList());
    }

    [Fact]
    public void Deleting_a_node_with_relationships_needs_detach()
    {
        using var store = GraphStore.CreateInMemory();
        using var tx = store.BeginWrite();
        var a = tx.CreateNode([]);
        var b = tx.CreateNode([]);
        tx.CreateRelationship(tx.GetOrCreateRelationshipType("KNOWS"), a, b);
        var error = Assert.Throws<GraphStoreException>(() => tx.DeleteNode(a));
        Assert.Equal(GraphErrorKind.NodeHasRelationships, error.Kind);
        Assert.True(tx.NodeExists(a));
        tx.DeleteNode(a, detach: true);
        Assert.False(tx.NodeExists(a));
        Assert.Equal(0, tx.RelationshipCount);
        Assert.Equal(0, tx.Degree(b, Direction.Both));
    }

    [Fact]
    public void Unique_constraint_violation_fails_the_commit_and_changes_nothing()
    {
        using var store = GraphStore.CreateInMemory();
        using (var setup = store.BeginWrite())
        {
            var label = setup.GetOrCreateLabel("Company");
            var key = setup.GetOrCreatePropertyKey("id");
            setup.CreateUniqueConstraint("company_id", label, key);
            setup.CreateNode([label], [new(key, Value.String("smic"))]);
            setup.Commit();
        }

        var tx = store.BeginWrite();
        tx.CreateNode([tx.GetOrCreateLabel("Company")], [new(tx.GetOrCreatePropertyKey("id"), Value.String("ymtc"))]);
        tx.CreateNode([tx.GetOrCreateLabel("Company")], [new(tx.GetOrCreatePropertyKey("id"), Value.String("smic"))]);
        var error = Assert.Throws<GraphStoreException>(tx.Commit);
        Assert.Equal(GraphErrorKind.ConstraintViolation, error.Kind);
        using var read = store.BeginRead();
        Assert.Equal(1, read.NodeCount);
        using var next = store.BeginWrite(TimeSpan.FromSeconds(1));
        Assert.False(next.HasChanges);
    }

    [Fact]
    public void Constraint_over_duplicated_data_is_refused()
    {
        using var store = GraphStore.CreateInMemory();
        using var tx = store.BeginWrite();
        var label = tx.GetOrCreateLabel("City");
        var key = tx.GetOrCreatePropertyKey("name");
        tx.CreateNode([label], [new(key, Value.Integer(1))]);
        tx.CreateNode([label], [new(key, Value.Float(1.0))]);
        Assert.Equal(GraphErrorKind.ConstraintViolation, Assert.Throws<GraphStoreException>(() => tx.CreateUniqueConstraint(null, label, key)).Kind);
        Assert.Empty(tx.Constraints);
        Assert.Empty(tx.Indexes);
    }

    [Theory]
    [MemberData(nameof(UnstorableValues))]
    public void Unstorable_values_are_rejected_with_a_reason_and_change_nothing(string description, Value value)
    {
        using var store = GraphStore.CreateInMemory();
        using var tx = store.BeginWrite();
        var node = tx.CreateNode([]);
        var key = tx.GetOrCreatePropertyKey("p");
        var error = Assert.Throws<GraphStoreException>(() => tx.SetNodeProperty(node, key, value));
        Assert.Equal(GraphErrorKind.InvalidPropertyValue, error.Kind);
        Assert.Contains("'p'", error.Message, StringComparison.Ordinal);
        Assert.Empty(tx.GetNodeProperties(node));
        Assert.NotEmpty(description);
    }

    public static TheoryData<string, Value> UnstorableValues() => new()
    {
        { "map", Value.Map(new MapValue([new("a", Value.Integer(1))])) },
        { "nested list", Value.List(Value.List(Value.Integer(1))) },
        { "mixed list", Value.List(Value.Integer(1), Value.String("a")) },
        { "list with null", Value.List(Value.Integer(1), Value.Null) },
        { "node", Value.Node(0) },
    };

    [Fact]
    public void Ids_are_never_reused_even_across_reopen()
    {
        using var folder = new TemporaryDirectory();
        var options = new GraphStoreOptions { DataDirectory = folder.Path };
        long first;
        using (var store = GraphStore.Open(options))
        {
            using var tx = store.BeginWrite();
            first = tx.CreateNode([]);
            var second = tx.CreateNode([]);
            tx.DeleteNode(second);
            tx.Commit();
        }

        using (var reopened = GraphStore.Open(options))
        {
            using var tx = reopened.BeginWrite();
            var third = tx.CreateNode([]);
            Assert.Equal(first + 2, third);
            Assert.StartsWith("4:", tx.NodeElementId(third), StringComparison.Ordinal);
            Assert.True(tx.TryParseElementId(tx.NodeElementId(third), node: true, out var parsed));
            Assert.Equal(third, parsed);
        }
    }

    [Fact]
    public void Every_storable_value_survives_the_log_and_the_snapshot()
    {
        using var folder = new TemporaryDirectory();
        Value[] values =
        [
            Value.True, Value.Integer(long.MinValue), Value.Integer(long.MaxValue), Value.Float(double.NaN), Value.Float(-0.0),
            Value.Float(double.PositiveInfinity), Value.String(""), Value.String("专精特新 ✨"),
            Value.List(Value.String("a"), Value.String("b")), Value.List(),
            Value.Date(CypherDate.Of(-999_999_999, 1, 1)), Value.LocalTime(new CypherLocalTime(123_456_789)),
            Value.Time(new CypherTime(1, -3600)), Value.LocalDateTime(new CypherLocalDateTime(-5, 7)),
            Value.DateTime(new CypherDateTime(new CypherLocalDateTime(17_000, 3), 7200, "Europe/Stockholm")),
            Value.DateTime(new CypherDateTime(new CypherLocalDateTime(17_000, 3), -18000, null)),
            Value.Duration(new CypherDuration(14, -3, 5, 999_999_999)), Value.Point(new CypherPoint(4326, 12.5, 56.1, null)),
            Value.Point(new CypherPoint(9157, 1, 2, 3)),
        ];
        var options = new GraphStoreOptions { DataDirectory = folder.Path, CheckpointOnDispose = false };
        long node;
        using (var store = GraphStore.Open(options))
        {
            using var tx = store.BeginWrite();
            node = tx.CreateNode([], values.Select((v, i) => new KeyValuePair<int, Value>(tx.GetOrCreatePropertyKey($"p{i}"), v)).ToList());
            tx.Commit();
        }

        AssertValues(options, node, values);
        using (var store = GraphStore.Open(options))
        {
            store.Checkpoint();
        }

        AssertValues(options, node, values);
    }

    private static void AssertValues(GraphStoreOptions options, long node, Value[] values)
    {
        using var store = GraphStore.Open(options);
        using var read = store.BeginRead();
        for (var i = 0; i < values.Length; i++)
        {
            var stored = read.GetNodeProperty(node, read.Tokens.Lookup(TokenKind.PropertyKey, $"p{i}"));
            Assert.Equal(values[i].Kind, stored.Kind);
            Assert.Equal(values[i].ToString(), stored.ToString());
        }
    }
}
