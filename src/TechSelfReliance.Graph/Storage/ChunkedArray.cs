namespace TechSelfReliance.Graph.Storage;

/// <summary>
/// A persistent array of <typeparamref name="T"/> split into fixed-size chunks. Versions share unchanged
/// chunks; a writer copies a chunk the first time it changes it (the owner of each chunk is kept in a parallel
/// array so that a read is two array loads). Not thread-safe for writers; any number of readers may read a
/// version that no writer owns.
/// </summary>
internal sealed class ChunkedArray<T>
{
    public const int Shift = 10;
    public const int ChunkSize = 1 << Shift;
    private const int Mask = ChunkSize - 1;

    private T[]?[] _chunks;
    private TransientOwner?[] _chunkOwners;
    private readonly TransientOwner? _owner;

    private ChunkedArray(T[]?[] chunks, TransientOwner?[] chunkOwners, TransientOwner? owner)
    {
        _chunks = chunks;
        _chunkOwners = chunkOwners;
        _owner = owner;
    }

    public static ChunkedArray<T> Empty { get; } = new([], [], null);

    public int ChunkCount => _chunks.Length;

    public T Get(int index)
    {
        var chunks = _chunks;
        var chunkIndex = index >> Shift;
        if ((uint)chunkIndex < (uint)chunks.Length && chunks[chunkIndex] is { } chunk)
        {
            return chunk[index & Mask];
        }

        return default!;
    }

    /// <summary>The items of one chunk (null when the chunk was never written) for fast sequential scans.</summary>
    public T[]? ChunkItems(int chunkIndex) =>
        (uint)chunkIndex < (uint)_chunks.Length ? _chunks[chunkIndex] : null;

    public ChunkedArray<T> Mutable(TransientOwner owner) =>
        ReferenceEquals(_owner, owner) ? this : new ChunkedArray<T>((T[]?[])_chunks.Clone(), (TransientOwner?[])_chunkOwners.Clone(), owner);

    public void Set(int index, T value)
    {
        if (_owner is null)
        {
            throw new InvalidOperationException("This version of the array is published and cannot change.");
        }

        var chunkIndex = index >> Shift;
        if (chunkIndex >= _chunks.Length)
        {
            var size = Math.Max(chunkIndex + 1, _chunks.Length * 2);
            Array.Resize(ref _chunks, size);
            Array.Resize(ref _chunkOwners, size);
        }

        var chunk = _chunks[chunkIndex];
        if (chunk is null)
        {
            chunk = new T[ChunkSize];
            _chunks[chunkIndex] = chunk;
            _chunkOwners[chunkIndex] = _owner;
        }
        else if (!ReferenceEquals(_chunkOwners[chunkIndex], _owner))
        {
            chunk = (T[])chunk.Clone();
            _chunks[chunkIndex] = chunk;
            _chunkOwners[chunkIndex] = _owner;
        }

        chunk[index & Mask] = value;
    }
}
