using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Runtime.Values;

/// <summary>Several values compared by equivalence as one key, for DISTINCT rows and grouping.</summary>
internal readonly struct RowKey : IEquatable<RowKey>
{
    private readonly Value[] _values;
    private readonly int _hash;

    public RowKey(Value[] values)
    {
        _values = values;
        var hash = new HashCode();
        foreach (var value in values)
        {
            hash.Add(CypherEquivalence.Instance.GetHashCode(value));
        }

        _hash = hash.ToHashCode();
    }

    public Value[] Values => _values;

    public bool Equals(RowKey other)
    {
        if (_hash != other._hash || _values.Length != other._values.Length)
        {
            return false;
        }

        for (var i = 0; i < _values.Length; i++)
        {
            if (!CypherEquivalence.Instance.Equals(_values[i], other._values[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is RowKey other && Equals(other);

    public override int GetHashCode() => _hash;
}
