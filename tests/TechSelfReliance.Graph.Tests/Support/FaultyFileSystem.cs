using TechSelfReliance.Graph.Durability;

namespace TechSelfReliance.Graph.Tests.Support;

/// <summary>
/// The real file system with switches that make the next append, sync or truncate fail, optionally after
/// writing only part of the data, as a full disk or a failing device would.
/// </summary>
internal sealed class FaultyFileSystem : IStoreFileSystem
{
    private readonly PhysicalFileSystem _inner = PhysicalFileSystem.Instance;

    public int FailAppendsAfterBytes { get; set; } = -1;

    public bool FailNextAppend { get; set; }

    public bool FailNextSync { get; set; }

    public bool FailTruncate { get; set; }

    public bool FileExists(string path) => _inner.FileExists(path);

    public void CreateDirectory(string path) => _inner.CreateDirectory(path);

    public byte[] ReadAllBytes(string path) => _inner.ReadAllBytes(path);

    public Stream OpenRead(string path) => _inner.OpenRead(path);

    public IStoreFile OpenAppend(string path, bool truncate) => new FaultyFile(this, _inner.OpenAppend(path, truncate));

    public void Replace(string source, string destination) => _inner.Replace(source, destination);

    public void Delete(string path) => _inner.Delete(path);

    public void SyncDirectory(string path) => _inner.SyncDirectory(path);

    private sealed class FaultyFile(FaultyFileSystem owner, IStoreFile inner) : IStoreFile
    {
        public long Length => inner.Length;

        public void Append(ReadOnlySpan<byte> data)
        {
            if (owner.FailNextAppend)
            {
                owner.FailNextAppend = false;
                if (owner.FailAppendsAfterBytes >= 0)
                {
                    inner.Append(data[..Math.Min(owner.FailAppendsAfterBytes, data.Length)]);
                }

                throw new IOException("Injected failure: no space left on device.");
            }

            inner.Append(data);
        }

        public void Sync()
        {
            if (owner.FailNextSync)
            {
                owner.FailNextSync = false;
                throw new IOException("Injected failure: fsync reported an I/O error.");
            }

            inner.Sync();
        }

        public void Truncate(long length)
        {
            if (owner.FailTruncate)
            {
                throw new IOException("Injected failure: truncate failed.");
            }

            inner.Truncate(length);
        }

        public void Dispose() => inner.Dispose();
    }
}
