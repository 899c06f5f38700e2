using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Graph.Storage;

/// <summary>
/// All values of one property key for one kind of entity (nodes or relationships), indexed by entity id.
/// Copy-on-write per chunk, like <see cref="ChunkedArray{T}"/>.
/// </summary>
internal sealed class PropertyColumn
{
    private PropertyChunk?[] _chunks;
    private readonly TransientOwner? _owner;

    private PropertyColumn(PropertyChunk?[] chunks, TransientOwner? owner)
    {
        _chunks = chunks;
        _owner = owner;
    }

    public static PropertyColumn CreateEmpty(TransientOwner owner) => new(Array.Empty<PropertyChunk?>(), owner);

    public bool TryGet(int id, out Value value)
    {
        var chunkIndex = id >> ChunkedArray<int>.Shift;
        var chunks = _chunks;
        if ((uint)chunkIndex < (uint)chunks.Length && chunks[chunkIndex] is { } chunk)
        {
            return chunk.TryGet(id & (ChunkedArray<int>.ChunkSize - 1), out value);
        }

        value = Value.Null;
        return false;
    }

    public PropertyColumn Mutable(TransientOwner owner) =>
        ReferenceEquals(_owner, owner) ? this : new PropertyColumn((PropertyChunk?[])_chunks.Clone(), owner);

    public void Set(int id, Value value)
    {
        var owner = _owner ?? throw new InvalidOperationException("This version of the column is published and cannot change.");
        var chunkIndex = id >> ChunkedArray<int>.Shift;
        if (chunkIndex >= _chunks.Length)
        {
            Array.Resize(ref _chunks, Math.Max(chunkIndex + 1, _chunks.Length * 2));
        }

        var slot = id & (ChunkedArray<int>.ChunkSize - 1);
        var chunk = _chunks[chunkIndex];
        if (chunk is null)
        {
            chunk = PropertyChunk.CreateFor(value, owner);
        }
        else if (!ReferenceEquals(chunk.Owner, owner))
        {
            chunk = chunk.CloneFor(owner);
        }

        if (!chunk.TrySet(slot, value))
        {
            chunk = chunk.ToGeneric(owner);
            chunk.TrySet(slot, value);
        }

        _chunks[chunkIndex] = chunk;
    }

    public bool Remove(int id)
    {
        var owner = _owner ?? throw new InvalidOperationException("This version of the column is published and cannot change.");
        var chunkIndex = id >> ChunkedArray<int>.Shift;
        if ((uint)chunkIndex >= (uint)_chunks.Length || _chunks[chunkIndex] is not { } chunk)
        {
            return false;
        }

        var slot = id & (ChunkedArray<int>.ChunkSize - 1);
        if (!chunk.TryGet(slot, out _))
        {
            return false;
        }

        if (!ReferenceEquals(chunk.Owner, owner))
        {
            chunk = chunk.CloneFor(owner);
            _chunks[chunkIndex] = chunk;
        }

        chunk.Remove(slot);
        if (chunk.Count == 0)
        {
            _chunks[chunkIndex] = null;
        }

        return true;
    }
}
