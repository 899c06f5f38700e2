using TechSelfReliance.Graph.Schema;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Graph.Tests;

public sealed class ConcurrencyTests
{
    private const int BatchSize = 25;

    /// <summary>
    /// A writer commits batches that each add 25 nodes and move a counter node to the batch number; readers
    /// running at the same time must always see whole batches that agree with the counter.
    /// </summary>
    [Fact]
    public async Task Readers_never_see_part_of_a_commit()
    {
        using var store = GraphStore.CreateInMemory();
        long counter;
        using (var setup = store.BeginWrite())
        {
            counter = setup.CreateNode([setup.GetOrCreateLabel("Counter")], [new(setup.GetOrCreatePropertyKey("value"), Value.Integer(0))]);
            setup.GetOrCreateLabel("Item");
            setup.Commit();
        }

        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(3));
        var observations = 0L;
        var writer = Task.Run(() =>
        {
            for (var batch = 1; !stop.IsCancellationRequested; batch++)
            {
                using var tx = store.BeginWrite();
                var item = tx.Tokens.Lookup(TokenKind.Label, "Item");
                var value = tx.Tokens.Lookup(TokenKind.PropertyKey, "value");
                for (var i = 0; i < BatchSize; i++)
                {
                    tx.CreateNode([item], [new(value, Value.Integer(batch))]);
                }

                tx.SetNodeProperty(counter, value, Value.Integer(batch));
                if (batch % 5 == 0)
                {
                    tx.Rollback();
                    continue;
                }

                tx.Commit();
            }
        });
        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var read = store.BeginRead();
                var item = read.Tokens.Lookup(TokenKind.Label, "Item");
                var value = read.Tokens.Lookup(TokenKind.PropertyKey, "value");
                var committed = read.GetNodeProperty(counter, value).AsInteger();
                var perBatch = new Dictionary<long, int>();
                foreach (var node in read.NodesWithLabel(item))
                {
                    var batch = read.GetNodeProperty(node, value).AsInteger();
                    perBatch[batch] = perBatch.GetValueOrDefault(batch) + 1;
                }

                Assert.All(perBatch.Values, count => Assert.Equal(BatchSize, count));
                var expectedBatches = Enumerable.Range(1, (int)committed).Where(b => b % 5 != 0).Select(b => (long)b);
                Assert.Equal(expectedBatches, perBatch.Keys.Order());
                Interlocked.Increment(ref observations);
            }
        })).ToArray();
        await Task.WhenAll([writer, .. readers]);
        Assert.True(Interlocked.Read(ref observations) > 10);
    }

    [Fact]
    public void A_second_writer_waits_for_the_first_and_times_out_clearly()
    {
        using var store = GraphStore.CreateInMemory();
        using var first = store.BeginWrite();
        var error = Assert.Throws<GraphStoreException>(() => store.BeginWrite(TimeSpan.FromMilliseconds(50)));
        Assert.Equal(GraphErrorKind.Timeout, error.Kind);
        first.Rollback();
        using var second = store.BeginWrite(TimeSpan.FromMilliseconds(50));
        Assert.False(second.HasChanges);
    }
}
