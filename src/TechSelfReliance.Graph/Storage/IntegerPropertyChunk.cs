using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Graph.Storage;

/// <summary>Integer property values stored as a dense <c>long[]</c> with a presence bitmap.</summary>
internal sealed class IntegerPropertyChunk : PropertyChunk
{
    private readonly long[] _values;
    private readonly ulong[] _present;

    public IntegerPropertyChunk(TransientOwner? owner)
        : this(owner, new long[ChunkedArray<int>.ChunkSize], PresenceBits.Create(), 0)
    {
    }

    private IntegerPropertyChunk(TransientOwner? owner, long[] values, ulong[] present, int count)
        : base(owner)
    {
        _values = values;
        _present = present;
        Count = count;
    }

    public override bool TryGet(int slot, out Value value)
    {
        if (PresenceBits.Get(_present, slot))
        {
            value = Value.Integer(_values[slot]);
            return true;
        }

        value = Value.Null;
        return false;
    }

    public override bool TrySet(int slot, Value value)
    {
        if (value.Kind != ValueKind.Integer)
        {
            return false;
        }

        _values[slot] = value.AsInteger();
        if (PresenceBits.Set(_present, slot))
        {
            Count++;
        }

        return true;
    }

    public override bool Remove(int slot)
    {
        if (!PresenceBits.Clear(_present, slot))
        {
            return false;
        }

        Count--;
        return true;
    }

    public override PropertyChunk CloneFor(TransientOwner owner) =>
        new IntegerPropertyChunk(owner, (long[])_values.Clone(), (ulong[])_present.Clone(), Count);
}
