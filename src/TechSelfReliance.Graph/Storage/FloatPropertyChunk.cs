using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Graph.Storage;

/// <summary>Float property values stored as a dense <c>double[]</c> with a presence bitmap.</summary>
internal sealed class FloatPropertyChunk : PropertyChunk
{
    private readonly double[] _values;
    private readonly ulong[] _present;

    public FloatPropertyChunk(TransientOwner? owner)
        : this(owner, new double[ChunkedArray<int>.ChunkSize], PresenceBits.Create(), 0)
    {
    }

    private FloatPropertyChunk(TransientOwner? owner, double[] values, ulong[] present, int count)
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
            value = Value.Float(_values[slot]);
            return true;
        }

        value = Value.Null;
        return false;
    }

    public override bool TrySet(int slot, Value value)
    {
        if (value.Kind != ValueKind.Float)
        {
            return false;
        }

        _values[slot] = value.AsFloat();
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
        new FloatPropertyChunk(owner, (double[])_values.Clone(), (ulong[])_present.Clone(), Count);
}
