using TechSelfReliance.Graph;
using TechSelfReliance.Graph.Schema;
using TechSelfReliance.Graph.Values;

// Write loop for the crash-safety test: each transaction creates a batch of nodes tagged with its number and
// a chain of relationships between them, then prints "ack <n>" once Commit has returned. The test kills this
// process at random moments and checks that every acknowledged batch survived whole.
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: CrashChild <data-folder> [checkpoint-every]");
    return 2;
}

const int BatchSize = 4;
var checkpointEvery = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 0;
using var store = GraphStore.Open(new GraphStoreOptions { DataDirectory = args[0], CheckpointOnDispose = false, CheckpointLogBytes = 64 << 10 });
long next;
using (var read = store.BeginRead())
{
    next = read.NodeCount / BatchSize;
}

Console.Out.WriteLine($"ready {next}");
Console.Out.Flush();
while (true)
{
    using (var tx = store.BeginWrite())
    {
        var label = tx.GetOrCreateLabel("Batch");
        var batch = tx.GetOrCreatePropertyKey("batch");
        var type = tx.GetOrCreateRelationshipType("NEXT");
        var text = tx.GetOrCreatePropertyKey("text");
        long previous = -1;
        for (var i = 0; i < BatchSize; i++)
        {
            var node = tx.CreateNode([label], [new(batch, Value.Integer(next)), new(text, Value.String(new string('x', 50 + (int)(next % 200))))]);
            if (previous >= 0)
            {
                tx.CreateRelationship(type, previous, node, [new(batch, Value.Integer(next))]);
            }

            previous = node;
        }

        tx.Commit();
    }

    Console.Out.WriteLine($"ack {next}");
    Console.Out.Flush();
    next++;
    if (checkpointEvery > 0 && next % checkpointEvery == 0)
    {
        store.Checkpoint();
    }
}
