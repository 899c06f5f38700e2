using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Graph.Storage;

/// <summary>Property values of any storable kind; a null slot means "no value" (null is never stored).</summary>
internal sealed class GenericPropertyChunk : PropertyChunk
{
    private readonly Value[] _values;

    public GenericPropertyChunk(TransientOwner? owner)
        : this(owner, new Value[ChunkedArray<int>.ChunkSize], 0)
    {
    }

    private GenericPropertyChunk(TransientOwner? owner, Value[] values, int count)
        : base(owner)
    {
        _values = values;
        Count = count;
    }

    public override bool TryGet(int slot, out Value value)
    {
        value = _values[slot];
        return !value.IsNull;
    }

    public override bool TrySet(int slot, Value value)
    {
        if (_values[slot].IsNull)
        {
            Count++;
        }

        _values[slot] = value;
        return true;
    }

    public override bool Remove(int slot)
    {
        if (_values[slot].IsNull)
        {
            return false;
        }

        _values[slot] = Value.Null;
        Count--;
        return true;
    }

    public override PropertyChunk CloneFor(TransientOwner owner) => new GenericPropertyChunk(owner, (Value[])_values.Clone(), Count);
}
