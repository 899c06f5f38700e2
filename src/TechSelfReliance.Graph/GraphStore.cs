using TechSelfReliance.Graph.Durability;
using TechSelfReliance.Graph.Schema;
using TechSelfReliance.Graph.Storage;
using TechSelfReliance.Graph.Transactions;

namespace TechSelfReliance.Graph;

/// <summary>
/// A durable, transactional property graph. Readers get the latest published version and never wait;
/// one writer at a time builds the next version and publishes it at commit, after its log record is on disk.
/// Thread-safety: every public member is safe to call from any thread.
/// </summary>
public sealed partial class GraphStore : IDisposable
{
    private const string LogFileName = "wal.log";
    private const string SnapshotFileName = "snapshot.bin";

    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly IStoreFileSystem? _fileSystem;
    private readonly WriteAheadLog? _log;
    private readonly Guid _storeGuid;
    private GraphState _current;
    private int _nextNodeId;
    private int _nextRelationshipId;
    private bool _disposed;

    private GraphStore(GraphStoreOptions options, GraphState state, Guid storeGuid, TokenRegistry tokens, LabelSetInterner interner, WriteAheadLog? log)
    {
        Options = options;
        _current = state;
        _storeGuid = storeGuid;
        Tokens = tokens;
        Interner = interner;
        _log = log;
        _fileSystem = options.InMemory ? null : options.FileSystem;
        _nextNodeId = state.NodeIdLimit;
        _nextRelationshipId = state.RelationshipIdLimit;
        StoreId = storeGuid.ToString("N")[..12];
    }

    public GraphStoreOptions Options { get; }

    public TokenRegistry Tokens { get; }

    /// <summary>Short, stable identifier of this store, part of every element id.</summary>
    public string StoreId { get; }

    internal LabelSetInterner Interner { get; }

    private string DataDirectory => Path.GetFullPath(Options.DataDirectory);

    public static GraphStore CreateInMemory() => Open(GraphStoreOptions.Memory());

    public ReadTransaction BeginRead()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return new ReadTransaction(this, Volatile.Read(ref _current));
    }

    /// <summary>Waits for the single writer slot (up to the timeout) and starts a write transaction on the latest version.</summary>
    public WriteTransaction BeginWrite(TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!_writer.Wait(timeout ?? Options.WriterWaitTimeout, cancellationToken))
        {
            throw new GraphStoreException(GraphErrorKind.Timeout, "Timed out waiting for the current write transaction to finish.");
        }

        if (_disposed || _log?.Failure is not null)
        {
            _writer.Release();
            ObjectDisposedException.ThrowIf(_disposed, this);
            throw new GraphStoreException(GraphErrorKind.StoreUnavailable,
                "The store stopped accepting writes after an I/O failure; reopen it to recover.", _log!.Failure);
        }

        return new WriteTransaction(this, Volatile.Read(ref _current), logged: _log is not null);
    }

    public GraphStoreStatus Status
    {
        get
        {
            var state = Volatile.Read(ref _current);
            return new GraphStoreStatus(
                StoreId,
                Options.InMemory,
                Options.InMemory ? null : DataDirectory,
                state.NodeCount,
                state.RelationshipCount,
                state.LastTransactionId,
                _disposed ? 0 : _log?.Length ?? 0,
                !_disposed && _log?.Failure is null,
                _log?.Failure?.Message);
        }
    }

    internal int AllocateNodeId() => _nextNodeId == int.MaxValue
        ? throw new GraphStoreException(GraphErrorKind.StoreUnavailable, "The store has used every node id.")
        : _nextNodeId++;

    internal int AllocateRelationshipId() => _nextRelationshipId == int.MaxValue
        ? throw new GraphStoreException(GraphErrorKind.StoreUnavailable, "The store has used every relationship id.")
        : _nextRelationshipId++;

    /// <summary>Reserves <paramref name="count"/> consecutive relationship ids and returns the first.</summary>
    internal int AllocateRelationshipIds(int count)
    {
        if (count > int.MaxValue - _nextRelationshipId)
        {
            throw new GraphStoreException(GraphErrorKind.StoreUnavailable, "The store has too few relationship ids left for this batch.");
        }

        var first = _nextRelationshipId;
        _nextRelationshipId += count;
        return first;
    }

    internal void ReleaseWriter() => _writer.Release();

    /// <summary>Called by the writer holding the slot: log, sync, then publish.</summary>
    internal void Publish(WriteTransaction transaction, GraphState state)
    {
        var transactionId = _current.LastTransactionId + 1;
        if (_log is not null && transaction.Operations is not null)
        {
            var payload = new ByteBuffer(transaction.Operations.Buffer.Length + 64);
            var newTokens = new OperationWriter();
            var counts = new int[3];
            foreach (var kind in new[] { TokenKind.Label, TokenKind.RelationshipType, TokenKind.PropertyKey })
            {
                counts[(int)kind] = Tokens.Count(kind);
                for (var id = Tokens.DurableCount(kind); id < counts[(int)kind]; id++)
                {
                    newTokens.DefineToken(kind, id, Tokens.Name(kind, id));
                }
            }

            payload.WriteBytes(newTokens.Buffer.WrittenSpan);
            payload.WriteBytes(transaction.Operations.Buffer.WrittenSpan);
            _log.Append(transactionId, payload.WrittenSpan);
            foreach (var kind in new[] { TokenKind.Label, TokenKind.RelationshipType, TokenKind.PropertyKey })
            {
                Tokens.MarkDurable(kind, counts[(int)kind]);
            }
        }

        state.LastTransactionId = transactionId;
        state.Freeze();
        Volatile.Write(ref _current, state);
        if (_log is not null && _log.Length > Options.CheckpointLogBytes)
        {
            CheckpointHoldingWriter();
        }
    }

    /// <summary>
    /// Loads a large amount of data without logging each change: holds the writer slot for the whole load, lets
    /// <paramref name="load"/> commit batches (from <see cref="BulkSession.BeginBatch"/>) that are not logged,
    /// then writes a snapshot so the whole load becomes durable at once. All or nothing: if the load throws, or
    /// the process dies before the snapshot is written, the store is as it was before the load.
    /// </summary>
    public void BulkLoad(Action<BulkSession> load)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!_writer.Wait(Options.WriterWaitTimeout))
        {
            throw new GraphStoreException(GraphErrorKind.Timeout, "Timed out waiting for the current write transaction to finish.");
        }

        var before = Volatile.Read(ref _current);
        try
        {
            if (_log?.Failure is not null)
            {
                throw new GraphStoreException(GraphErrorKind.StoreUnavailable, "The store stopped accepting writes after an I/O failure; reopen it to recover.", _log.Failure);
            }

            load(new BulkSession(this));
            if (_log is not null)
            {
                CheckpointHoldingWriter();
            }
        }
        catch
        {
            Volatile.Write(ref _current, before);
            throw;
        }
        finally
        {
            _writer.Release();
        }
    }

    internal WriteTransaction BeginBulkBatch()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return new WriteTransaction(this, Volatile.Read(ref _current), logged: false, holdsWriter: false);
    }

    /// <summary>Writes a snapshot of the latest version and empties the log. Waits for the writer slot.</summary>
    public void Checkpoint()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_log is null)
        {
            return;
        }

        if (!_writer.Wait(Options.WriterWaitTimeout))
        {
            throw new GraphStoreException(GraphErrorKind.Timeout, "Timed out waiting for the writer to checkpoint.");
        }

        try
        {
            CheckpointHoldingWriter();
        }
        finally
        {
            _writer.Release();
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        var holdsWriter = _writer.Wait(Options.WriterWaitTimeout);
        try
        {
            if (holdsWriter && _log is { Failure: null } && Options.CheckpointOnDispose && _log.Length > LogFormat.FileHeaderLength)
            {
                try
                {
                    CheckpointHoldingWriter();
                }
                catch (IOException)
                {
                    // The log still holds every commit; the next open replays it.
                }
            }

            _log?.Dispose();
            _disposed = true;
        }
        finally
        {
            if (holdsWriter)
            {
                _writer.Release();
            }
        }
    }

    private void CheckpointHoldingWriter()
    {
        var state = Volatile.Read(ref _current);
        SnapshotFile.Write(_fileSystem!, Path.Combine(DataDirectory, SnapshotFileName), state, Tokens, _storeGuid);
        foreach (var kind in new[] { TokenKind.Label, TokenKind.RelationshipType, TokenKind.PropertyKey })
        {
            Tokens.MarkDurable(kind, Tokens.Count(kind));
        }

        _log!.Reset();
    }
}
