using TechSelfReliance.Graph.Tests.Support;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Graph.Tests.Durability;

public sealed class IoFailureTests
{
    [Fact]
    public void Failed_log_write_reports_the_error_and_publishes_nothing_and_later_commits_work()
    {
        using var folder = new TemporaryDirectory();
        var fileSystem = new FaultyFileSystem();
        var options = new GraphStoreOptions { DataDirectory = folder.Path, FileSystem = fileSystem, CheckpointOnDispose = false };
        using (var store = GraphStore.Open(options))
        {
            CommitNode(store, 1);
            fileSystem.FailNextAppend = true;
            fileSystem.FailAppendsAfterBytes = 10;
            var error = Assert.Throws<GraphStoreException>(() => CommitNode(store, 2));
            Assert.Equal(GraphErrorKind.IoFailure, error.Kind);
            Assert.Equal([1L], Markers(store));
            CommitNode(store, 3);
            Assert.Equal([1L, 3L], Markers(store));
        }

        using var reopened = GraphStore.Open(options with { FileSystem = Graph.Durability.PhysicalFileSystem.Instance });
        Assert.Equal([1L, 3L], Markers(reopened));
    }

    [Fact]
    public void Failed_sync_stops_writes_until_reopen_and_keeps_acknowledged_commits()
    {
        using var folder = new TemporaryDirectory();
        var fileSystem = new FaultyFileSystem();
        var options = new GraphStoreOptions { DataDirectory = folder.Path, FileSystem = fileSystem, CheckpointOnDispose = false };
        using (var store = GraphStore.Open(options))
        {
            CommitNode(store, 1);
            fileSystem.FailNextSync = true;
            Assert.Equal(GraphErrorKind.IoFailure, Assert.Throws<GraphStoreException>(() => CommitNode(store, 2)).Kind);
            Assert.Equal([1L], Markers(store));
            Assert.False(store.Status.AcceptingWrites);
            Assert.Equal(GraphErrorKind.StoreUnavailable, Assert.Throws<GraphStoreException>(() => store.BeginWrite()).Kind);
        }

        using var reopened = GraphStore.Open(options);
        Assert.Equal([1L], Markers(reopened));
        CommitNode(reopened, 4);
        Assert.Equal([1L, 4L], Markers(reopened));
    }

    [Fact]
    public void Failed_write_whose_cleanup_also_fails_stops_writes_and_recovery_drops_the_torn_record()
    {
        using var folder = new TemporaryDirectory();
        var fileSystem = new FaultyFileSystem();
        var options = new GraphStoreOptions { DataDirectory = folder.Path, FileSystem = fileSystem, CheckpointOnDispose = false };
        using (var store = GraphStore.Open(options))
        {
            CommitNode(store, 1);
            fileSystem.FailNextAppend = true;
            fileSystem.FailAppendsAfterBytes = 30;
            fileSystem.FailTruncate = true;
            Assert.Throws<GraphStoreException>(() => CommitNode(store, 2));
            Assert.False(store.Status.AcceptingWrites);
            Assert.Equal([1L], Markers(store));
        }

        fileSystem.FailTruncate = false;
        using var reopened = GraphStore.Open(options);
        Assert.Equal([1L], Markers(reopened));
    }

    internal static void CommitNode(GraphStore store, long marker)
    {
        using var tx = store.BeginWrite();
        tx.CreateNode([tx.GetOrCreateLabel("Marker")], [new(tx.GetOrCreatePropertyKey("m"), Value.Integer(marker))]);
        tx.Commit();
    }

    internal static List<long> Markers(GraphStore store)
    {
        using var read = store.BeginRead();
        var key = read.Tokens.Lookup(Schema.TokenKind.PropertyKey, "m");
        var result = new List<long>();
        foreach (var node in read.AllNodes())
        {
            result.Add(read.GetNodeProperty(node, key).AsInteger());
        }

        return result.Order().ToList();
    }
}
