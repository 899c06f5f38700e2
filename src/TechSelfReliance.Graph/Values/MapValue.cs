namespace TechSelfReliance.Graph.Values;

/// <summary>An immutable map from string keys to values, keeping the keys in insertion order.</summary>
public sealed class MapValue
{
    private readonly string[] _keys;
    private readonly Value[] _values;
    private readonly Dictionary<string, int>? _lookup;

    public MapValue(IEnumerable<KeyValuePair<string, Value>> entries)
    {
        var keys = new List<string>();
        var values = new List<Value>();
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, value) in entries)
        {
            if (positions.TryGetValue(key, out var existing))
            {
                values[existing] = value;
                continue;
            }

            positions[key] = keys.Count;
            keys.Add(key);
            values.Add(value);
        }

        _keys = keys.ToArray();
        _values = values.ToArray();
        _lookup = _keys.Length > 8 ? positions : null;
    }

    public static MapValue Empty { get; } = new(Array.Empty<KeyValuePair<string, Value>>());

    public int Count => _keys.Length;

    public IReadOnlyList<string> Keys => _keys;

    public ReadOnlySpan<Value> Values => _values;

    public IEnumerable<KeyValuePair<string, Value>> Entries
    {
        get
        {
            for (var i = 0; i < _keys.Length; i++)
            {
                yield return new KeyValuePair<string, Value>(_keys[i], _values[i]);
            }
        }
    }

    public bool TryGet(string key, out Value value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? _values[index] : Value.Null;
        return index >= 0;
    }

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public Value this[string key] => TryGet(key, out var value) ? value : Value.Null;

    public override string ToString() => "{" + string.Join(", ", Entries.Select(e => $"{e.Key}: {e.Value}")) + "}";

    private int IndexOf(string key)
    {
        if (_lookup is not null)
        {
            return _lookup.TryGetValue(key, out var found) ? found : -1;
        }

        for (var i = 0; i < _keys.Length; i++)
        {
            if (string.Equals(_keys[i], key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
