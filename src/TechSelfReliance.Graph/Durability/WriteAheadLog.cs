namespace TechSelfReliance.Graph.Durability;

/// <summary>
/// The append side of the log. A commit is written and forced to disk before it is acknowledged. When a
/// write fails the log is cut back to its last good length; when that fails too, or when a sync fails (the
/// kernel may have dropped the dirty pages), the log refuses further appends until the store is reopened.
/// Thread-safety: used only by the store's single writer.
/// </summary>
internal sealed class WriteAheadLog : IDisposable
{
    private readonly IStoreFileSystem _fileSystem;
    private readonly string _path;
    private readonly Guid _storeId;
    private readonly ByteBuffer _frame = new(1 << 12);
    private IStoreFile _file;

    public WriteAheadLog(IStoreFileSystem fileSystem, string path, Guid storeId, IStoreFile file)
    {
        _fileSystem = fileSystem;
        _path = path;
        _storeId = storeId;
        _file = file;
    }

    public long Length => _file.Length;

    public Exception? Failure { get; private set; }

    public static IStoreFile CreateFresh(IStoreFileSystem fileSystem, string path, Guid storeId)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var temporary = path + ".new";
        using (var file = fileSystem.OpenAppend(temporary, truncate: true))
        {
            file.Append(LogFormat.FileHeader(storeId));
            file.Sync();
        }

        fileSystem.Replace(temporary, path);
        fileSystem.SyncDirectory(directory);
        return fileSystem.OpenAppend(path, truncate: false);
    }

    public void Append(long transactionId, ReadOnlySpan<byte> operations)
    {
        if (Failure is not null)
        {
            throw new GraphStoreException(GraphErrorKind.StoreUnavailable,
                "The store stopped accepting writes after an earlier I/O failure; reopen it to recover.", Failure);
        }

        _frame.Clear();
        LogFormat.WriteRecord(_frame, transactionId, operations);
        var before = _file.Length;
        try
        {
            _file.Append(_frame.WrittenSpan);
        }
        catch (IOException error)
        {
            try
            {
                _file.Truncate(before);
            }
            catch (IOException truncateError)
            {
                Failure = truncateError;
            }

            throw new GraphStoreException(GraphErrorKind.IoFailure, $"Writing the commit to the log failed: {error.Message}", error);
        }

        try
        {
            _file.Sync();
        }
        catch (IOException error)
        {
            Failure = error;
            try
            {
                _file.Truncate(before);
            }
            catch (IOException)
            {
                // The store is already refusing writes; recovery on reopen decides what the file holds.
            }

            throw new GraphStoreException(GraphErrorKind.IoFailure, $"Forcing the commit to disk failed: {error.Message}", error);
        }
    }

    /// <summary>Starts an empty log after a checkpoint has made every earlier record redundant.</summary>
    public void Reset()
    {
        _file.Dispose();
        _file = CreateFresh(_fileSystem, _path, _storeId);
    }

    public void Dispose() => _file.Dispose();
}
