using TechSelfReliance.Graph.Tests.Support;

namespace TechSelfReliance.Graph.Tests.Durability;

public sealed class DamagedLogTests
{
    private const int Commits = 6;

    [Fact]
    public void Log_cut_at_every_offset_inside_the_last_record_recovers_every_earlier_commit()
    {
        using var folder = new TemporaryDirectory();
        var (log, lastRecordStart) = WriteLog(folder.Path);
        var original = File.ReadAllBytes(log);
        for (var cut = lastRecordStart; cut < original.Length; cut++)
        {
            using var copy = new TemporaryDirectory();
            File.WriteAllBytes(copy.Combine("wal.log"), original[..(int)cut]);
            using var store = GraphStore.Open(new GraphStoreOptions { DataDirectory = copy.Path, CheckpointOnDispose = false });
            Assert.Equal(Enumerable.Range(1, Commits - 1).Select(i => (long)i), IoFailureTests.Markers(store));
            IoFailureTests.CommitNode(store, 100);
            Assert.Contains(100L, IoFailureTests.Markers(store));
        }
    }

    [Fact]
    public void Flipped_bits_in_a_middle_record_stop_the_open_with_a_clear_error()
    {
        using var folder = new TemporaryDirectory();
        var (log, lastRecordStart) = WriteLog(folder.Path);
        var original = File.ReadAllBytes(log);
        var random = new Random(42);
        for (var trial = 0; trial < 40; trial++)
        {
            var damaged = (byte[])original.Clone();
            var offset = random.Next(Graph.Durability.LogFormat.FileHeaderLength, (int)lastRecordStart);
            damaged[offset] ^= (byte)(1 << random.Next(8));
            using var copy = new TemporaryDirectory();
            File.WriteAllBytes(copy.Combine("wal.log"), damaged);
            var error = Assert.Throws<StoreCorruptedException>(() => GraphStore.Open(new GraphStoreOptions { DataDirectory = copy.Path }));
            Assert.Contains("damaged", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Damaged_snapshot_stops_the_open()
    {
        using var folder = new TemporaryDirectory();
        using (var store = GraphStore.Open(new GraphStoreOptions { DataDirectory = folder.Path }))
        {
            IoFailureTests.CommitNode(store, 1);
            IoFailureTests.CommitNode(store, 2);
        }

        var snapshot = folder.Combine("snapshot.bin");
        var bytes = File.ReadAllBytes(snapshot);
        bytes[bytes.Length / 2] ^= 0x10;
        File.WriteAllBytes(snapshot, bytes);
        Assert.Throws<StoreCorruptedException>(() => GraphStore.Open(new GraphStoreOptions { DataDirectory = folder.Path }));
    }

    private static (string Log, long LastRecordStart) WriteLog(string directory)
    {
        long lastRecordStart = 0;
        using (var store = GraphStore.Open(new GraphStoreOptions { DataDirectory = directory, CheckpointOnDispose = false }))
        {
            for (var i = 1; i <= Commits; i++)
            {
                lastRecordStart = store.Status.LogBytes;
                IoFailureTests.CommitNode(store, i);
            }
        }

        return (Path.Combine(directory, "wal.log"), lastRecordStart);
    }
}
