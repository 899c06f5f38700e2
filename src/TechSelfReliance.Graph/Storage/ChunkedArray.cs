namespace TechSelfReliance.Graph.Storage;

/// <summary>
/// A persistent array of <typeparamref name="T"/> split into fixed-size chunks. Versions share unchanged
/// chunks; a writer copies a chunk the first time it changes it. Not thread-safe for writers; any number of
/// readers may read a version that no writer owns.
/// </summary>
internal sealed class ChunkedArray<T>
{
    public const int Shift = 10;
    public const int ChunkSize = 1 << Shift;
    private const int Mask = ChunkSize - 1;

    private Chunk?[] _chunks;
    private readonly TransientOwner? _owner;

    private ChunkedArray(Chunk?[] chunks, TransientOwner? owner)
    {
        _chunks = chunks;
        _owner = owner;
    }

    public static ChunkedArray<T> Empty { get; } = new(Array.Empty<Chunk?>(), null);

    public int Capacity => _chunks.Length << Shift;

    public T Get(int index)
    {
        var chunkIndex = index >> Shift;
        var chunks = _chunks;
        if ((uint)chunkIndex >= (uint)chunks.Length)
        {
            return default!;
        }

        var chunk = chunks[chunkIndex];
        return chunk is null ? default! : chunk.Items[index & Mask];
    }

    /// <summary>The items of one chunk (null when the chunk was never written) for fast sequential scans.</summary>
    public T[]? ChunkItems(int chunkIndex) =>
        (uint)chunkIndex < (uint)_chunks.Length ? _chunks[chunkIndex]?.Items : null;

    public int ChunkCount => _chunks.Length;

    public ChunkedArray<T> Mutable(TransientOwner owner) =>
        ReferenceEquals(_owner, owner) ? this : new ChunkedArray<T>((Chunk?[])_chunks.Clone(), owner);

    public void Set(int index, T value)
    {
        if (_owner is null)
        {
            throw new InvalidOperationException("This version of the array is published and cannot change.");
        }

        var chunkIndex = index >> Shift;
        if (chunkIndex >= _chunks.Length)
        {
            var grown = new Chunk?[Math.Max(chunkIndex + 1, _chunks.Length * 2)];
            Array.Copy(_chunks, grown, _chunks.Length);
            _chunks = grown;
        }

        var chunk = _chunks[chunkIndex];
        if (chunk is null)
        {
            chunk = new Chunk(new T[ChunkSize], _owner);
            _chunks[chunkIndex] = chunk;
        }
        else if (!ReferenceEquals(chunk.Owner, _owner))
        {
            chunk = new Chunk((T[])chunk.Items.Clone(), _owner);
            _chunks[chunkIndex] = chunk;
        }

        chunk.Items[index & Mask] = value;
    }

    private sealed class Chunk(T[] items, TransientOwner? owner)
    {
        public T[] Items { get; } = items;

        public TransientOwner? Owner { get; } = owner;
    }
}
