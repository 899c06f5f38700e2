using TechSelfReliance.Graph.Durability;
using TechSelfReliance.Graph.Schema;
using TechSelfReliance.Graph.Storage;

namespace TechSelfReliance.Graph;

public sealed partial class GraphStore
{
    /// <summary>
    /// Opens (or creates) a store. Recovery reads the snapshot, then replays every complete log record after
    /// it; a torn last record is cut off, and any other damage stops the open with <see cref="StoreCorruptedException"/>.
    /// </summary>
    public static GraphStore Open(GraphStoreOptions options)
    {
        var tokens = new TokenRegistry();
        var interner = new LabelSetInterner();
        if (options.InMemory)
        {
            return new GraphStore(options, GraphState.Empty, Guid.NewGuid(), tokens, interner, log: null);
        }

        var fileSystem = options.FileSystem;
        var directory = Path.GetFullPath(options.DataDirectory);
        fileSystem.CreateDirectory(directory);
        var snapshotPath = Path.Combine(directory, SnapshotFileName);
        var logPath = Path.Combine(directory, LogFileName);

        var state = GraphState.Empty;
        var storeGuid = Guid.Empty;
        if (fileSystem.FileExists(snapshotPath))
        {
            (state, storeGuid) = SnapshotFile.Read(fileSystem, snapshotPath, tokens, interner);
        }

        IStoreFile logFile;
        if (fileSystem.FileExists(logPath))
        {
            var bytes = fileSystem.ReadAllBytes(logPath);
            var contents = LogReader.Read(bytes, logPath);
            if (storeGuid != Guid.Empty && contents.StoreId != Guid.Empty && contents.StoreId != storeGuid)
            {
                throw new StoreCorruptedException($"The log '{logPath}' belongs to another store than the snapshot beside it.");
            }

            storeGuid = storeGuid != Guid.Empty ? storeGuid : contents.StoreId;
            state = Replay(state, contents, tokens, interner, logPath);
            if (contents.ValidLength < LogFormat.FileHeaderLength)
            {
                storeGuid = storeGuid == Guid.Empty ? Guid.NewGuid() : storeGuid;
                logFile = WriteAheadLog.CreateFresh(fileSystem, logPath, storeGuid);
            }
            else
            {
                logFile = fileSystem.OpenAppend(logPath, truncate: false);
                if (contents.ValidLength < bytes.Length)
                {
                    logFile.Truncate(contents.ValidLength);
                    logFile.Sync();
                }
            }
        }
        else
        {
            storeGuid = storeGuid == Guid.Empty ? Guid.NewGuid() : storeGuid;
            logFile = WriteAheadLog.CreateFresh(fileSystem, logPath, storeGuid);
        }

        foreach (var kind in new[] { TokenKind.Label, TokenKind.RelationshipType, TokenKind.PropertyKey })
        {
            tokens.MarkDurable(kind, tokens.Count(kind));
        }

        return new GraphStore(options, state, storeGuid, tokens, interner, new WriteAheadLog(fileSystem, logPath, storeGuid, logFile));
    }

    private static GraphState Replay(GraphState state, LogReadResult contents, TokenRegistry tokens, LabelSetInterner interner, string logPath)
    {
        var pending = contents.Records.Where(r => r.TransactionId > state.LastTransactionId).ToList();
        if (pending.Count == 0)
        {
            return state;
        }

        if (pending[0].TransactionId != state.LastTransactionId + 1)
        {
            throw new StoreCorruptedException(
                $"The log '{logPath}' continues with transaction {pending[0].TransactionId}, but the snapshot ends at {state.LastTransactionId}.");
        }

        var working = state.Mutable(new TransientOwner());
        foreach (var record in pending)
        {
            try
            {
                OperationApplier.Apply(working, tokens, interner, record.Operations.Span);
            }
            catch (Exception error) when (error is not StoreCorruptedException)
            {
                throw new StoreCorruptedException($"Transaction {record.TransactionId} in '{logPath}' cannot be replayed: {error.Message}", error);
            }

            working.LastTransactionId = record.TransactionId;
        }

        working.Freeze();
        return working;
    }
}
