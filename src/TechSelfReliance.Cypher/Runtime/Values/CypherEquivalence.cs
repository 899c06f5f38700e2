using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Runtime.Values;

/// <summary>
/// Equivalence, used by DISTINCT, grouping keys and UNION: like equality, except that null is equivalent to
/// null and NaN to NaN, so it is a proper equality relation with a matching hash.
/// </summary>
internal sealed class CypherEquivalence : IEqualityComparer<Value>
{
    public static CypherEquivalence Instance { get; } = new();

    public bool Equals(Value a, Value b)
    {
        if (a.IsNull || b.IsNull)
        {
            return a.IsNull && b.IsNull;
        }

        if (a.IsNumber && b.IsNumber)
        {
            var aNaN = CypherComparison.IsNaN(a);
            var bNaN = CypherComparison.IsNaN(b);
            return aNaN || bNaN ? aNaN && bNaN : CypherComparison.Equal(a, b) == true;
        }

        if (a.Kind != b.Kind)
        {
            return false;
        }

        switch (a.Kind)
        {
            case ValueKind.List:
                var x = a.AsList();
                var y = b.AsList();
                if (x.Count != y.Count)
                {
                    return false;
                }

                for (var i = 0; i < x.Count; i++)
                {
                    if (!Equals(x[i], y[i]))
                    {
                        return false;
                    }
                }

                return true;
            case ValueKind.Map:
                var m = a.AsMap();
                var n = b.AsMap();
                if (m.Count != n.Count)
                {
                    return false;
                }

                foreach (var (key, value) in m.Entries)
                {
                    if (!n.TryGet(key, out var other) || !Equals(value, other))
                    {
                        return false;
                    }
                }

                return true;
            case ValueKind.DateTime:
                return a.AsDateTime() == b.AsDateTime();
            case ValueKind.Time:
                return a.AsTime() == b.AsTime();
            default:
                return CypherComparison.Equal(a, b) == true;
        }
    }

    public int GetHashCode(Value value)
    {
        switch (value.Kind)
        {
            case ValueKind.Null:
                return 0;
            case ValueKind.Integer:
                return ((double)value.AsInteger()).GetHashCode();
            case ValueKind.Float:
                var number = value.AsFloat();
                return double.IsNaN(number) ? 17 : number.GetHashCode();
            case ValueKind.List:
                var hash = new HashCode();
                foreach (var item in value.AsList().Items)
                {
                    hash.Add(GetHashCode(item));
                }

                return hash.ToHashCode();
            case ValueKind.Map:
                var combined = 0;
                foreach (var (key, item) in value.AsMap().Entries)
                {
                    combined ^= HashCode.Combine(key, GetHashCode(item));
                }

                return combined;
            case ValueKind.Boolean or ValueKind.Node or ValueKind.Relationship:
                return HashCode.Combine(value.Kind, value.RawBits);
            case ValueKind.Path:
                var path = value.AsPath();
                return HashCode.Combine(path.Nodes.Length, path.Nodes[0].RawBits, path.Nodes[^1].RawBits);
            default:
                return value.Reference?.GetHashCode() ?? 0;
        }
    }
}
