using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Graph.Transactions;

/// <summary>
/// Relationships to create together with <see cref="WriteTransaction.CreateRelationships"/>, kept as columns so
/// that millions of them cost a few arrays, not an object each. Not thread-safe.
/// </summary>
public sealed class RelationshipBatch
{
    private int[] _types;
    private long[] _starts;
    private long[] _ends;
    private KeyValuePair<int, Value>[]?[]? _properties;

    public RelationshipBatch(int capacity = 16)
    {
        capacity = Math.Max(capacity, 1);
        _types = new int[capacity];
        _starts = new long[capacity];
        _ends = new long[capacity];
    }

    public int Count { get; private set; }

    /// <summary>How many property values the batch's relationships carry in all.</summary>
    public long PropertyCount { get; private set; }

    internal ReadOnlySpan<int> Types => _types.AsSpan(0, Count);

    internal ReadOnlySpan<long> Starts => _starts.AsSpan(0, Count);

    internal ReadOnlySpan<long> Ends => _ends.AsSpan(0, Count);

    /// <summary>The properties of the relationship at <paramref name="index"/>, or null when it has none.</summary>
    internal KeyValuePair<int, Value>[]? PropertiesAt(int index) => _properties?[index];

    public void Add(int type, long start, long end, KeyValuePair<int, Value>[]? properties = null)
    {
        if (Count == _types.Length)
        {
            var capacity = Count * 2;
            Array.Resize(ref _types, capacity);
            Array.Resize(ref _starts, capacity);
            Array.Resize(ref _ends, capacity);
            if (_properties is not null)
            {
                Array.Resize(ref _properties, capacity);
            }
        }

        if (properties is { Length: > 0 })
        {
            _properties ??= new KeyValuePair<int, Value>[]?[_types.Length];
            _properties[Count] = properties;
            PropertyCount += properties.Length;
        }

        _types[Count] = type;
        _starts[Count] = start;
        _ends[Count] = end;
        Count++;
    }
}
