using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Graph.Storage;

/// <summary>
/// The values of one property key for <see cref="ChunkedArray{T}.ChunkSize"/> consecutive entity ids.
/// Subclasses store one primitive kind densely; a chunk that meets a value of another kind becomes a
/// <see cref="GenericPropertyChunk"/>.
/// </summary>
internal abstract class PropertyChunk(TransientOwner? owner)
{
    public TransientOwner? Owner { get; } = owner;

    public int Count { get; protected set; }

    public abstract bool TryGet(int slot, out Value value);

    /// <summary>Stores the value; returns false (changing nothing) when this chunk cannot hold its kind.</summary>
    public abstract bool TrySet(int slot, Value value);

    public abstract bool Remove(int slot);

    public abstract PropertyChunk CloneFor(TransientOwner owner);

    public GenericPropertyChunk ToGeneric(TransientOwner owner)
    {
        var generic = new GenericPropertyChunk(owner);
        for (var slot = 0; slot < ChunkedArray<int>.ChunkSize; slot++)
        {
            if (TryGet(slot, out var value))
            {
                generic.TrySet(slot, value);
            }
        }

        return generic;
    }

    public static PropertyChunk CreateFor(Value value, TransientOwner owner) => value.Kind switch
    {
        ValueKind.Integer => new IntegerPropertyChunk(owner),
        ValueKind.Float => new FloatPropertyChunk(owner),
        ValueKind.String => new StringPropertyChunk(owner),
        _ => new GenericPropertyChunk(owner),
    };
}
