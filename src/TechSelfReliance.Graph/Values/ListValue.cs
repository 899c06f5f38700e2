namespace TechSelfReliance.Graph.Values;

/// <summary>An immutable list of values. Immutable once constructed: the array passed in is owned by the list.</summary>
public sealed class ListValue
{
    private readonly Value[] _items;

    public ListValue(Value[] items) => _items = items;

    public ListValue(IEnumerable<Value> items) => _items = items.ToArray();

    public static ListValue Empty { get; } = new(Array.Empty<Value>());

    public int Count => _items.Length;

    public Value this[int index] => _items[index];

    public ReadOnlySpan<Value> Items => _items;

    public override string ToString() => "[" + string.Join(", ", _items.Select(v => v.ToString())) + "]";
}
