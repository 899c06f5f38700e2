using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Graph.Storage;

/// <summary>String property values stored as references; a null slot means "no value".</summary>
internal sealed class StringPropertyChunk : PropertyChunk
{
    private readonly string?[] _values;

    public StringPropertyChunk(TransientOwner? owner)
        : this(owner, new string?[ChunkedArray<int>.ChunkSize], 0)
    {
    }

    private StringPropertyChunk(TransientOwner? owner, string?[] values, int count)
        : base(owner)
    {
        _values = values;
        Count = count;
    }

    public override bool TryGet(int slot, out Value value)
    {
        var text = _values[slot];
        value = text is null ? Value.Null : Value.String(text);
        return text is not null;
    }

    public override bool TrySet(int slot, Value value)
    {
        if (value.Kind != ValueKind.String)
        {
            return false;
        }

        if (_values[slot] is null)
        {
            Count++;
        }

        _values[slot] = value.AsString();
        return true;
    }

    public override bool Remove(int slot)
    {
        if (_values[slot] is null)
        {
            return false;
        }

        _values[slot] = null;
        Count--;
        return true;
    }

    public override PropertyChunk CloneFor(TransientOwner owner) => new StringPropertyChunk(owner, (string?[])_values.Clone(), Count);
}
