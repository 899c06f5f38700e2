using TechSelfReliance.Graph.Indexing;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Runtime.Values;

/// <summary>
/// Orderability for ORDER BY and min/max: a total order over all values. Across types, ascending:
/// map, node, relationship, list, path, point, datetime, local datetime, date, time, local time, duration,
/// string, boolean, number (NaN after every other number), null last.
/// </summary>
internal sealed class CypherOrdering : IComparer<Value>
{
    public static CypherOrdering Instance { get; } = new();

    public int Compare(Value a, Value b)
    {
        var rank = Rank(a).CompareTo(Rank(b));
        if (rank != 0)
        {
            return rank;
        }

        switch (a.Kind)
        {
            case ValueKind.Null:
                return 0;
            case ValueKind.Integer or ValueKind.Float:
                var aNaN = CypherComparison.IsNaN(a);
                var bNaN = CypherComparison.IsNaN(b);
                if (aNaN || bNaN)
                {
                    return aNaN.CompareTo(bNaN);
                }

                return IndexKeyComparer.CompareNumbers(a, b);
            case ValueKind.Node or ValueKind.Relationship:
                return a.RawBits.CompareTo(b.RawBits);
            case ValueKind.List:
                return CompareSequences(a.AsList().Items, b.AsList().Items);
            case ValueKind.Map:
                var x = a.AsMap();
                var y = b.AsMap();
                var keys = x.Keys.Order(StringComparer.Ordinal).ToList();
                var otherKeys = y.Keys.Order(StringComparer.Ordinal).ToList();
                for (var i = 0; i < Math.Min(keys.Count, otherKeys.Count); i++)
                {
                    var c = string.CompareOrdinal(keys[i], otherKeys[i]);
                    if (c != 0)
                    {
                        return c;
                    }

                    c = Compare(x[keys[i]], y[otherKeys[i]]);
                    if (c != 0)
                    {
                        return c;
                    }
                }

                return keys.Count.CompareTo(otherKeys.Count);
            case ValueKind.Path:
                var p = a.AsPath();
                var q = b.AsPath();
                var n = CompareSequences(p.Nodes, q.Nodes);
                return n != 0 ? n : CompareSequences(p.Relationships, q.Relationships);
            case ValueKind.Duration:
                var d = a.AsDuration();
                var e = b.AsDuration();
                var m = d.Months.CompareTo(e.Months);
                m = m != 0 ? m : d.Days.CompareTo(e.Days);
                m = m != 0 ? m : d.Seconds.CompareTo(e.Seconds);
                return m != 0 ? m : d.Nanos.CompareTo(e.Nanos);
            case ValueKind.Point:
                return IndexKeyComparer.Instance.Compare(a, b);
            case ValueKind.DateTime:
                var c1 = CypherComparison.Compare(a, b) ?? 0;
                return c1 != 0 ? c1 : a.AsDateTime().OffsetSeconds.CompareTo(b.AsDateTime().OffsetSeconds);
            case ValueKind.Time:
                var c2 = CypherComparison.Compare(a, b) ?? 0;
                return c2 != 0 ? c2 : a.AsTime().OffsetSeconds.CompareTo(b.AsTime().OffsetSeconds);
            default:
                return CypherComparison.Compare(a, b) ?? 0;
        }
    }

    private int CompareSequences(ReadOnlySpan<Value> a, ReadOnlySpan<Value> b)
    {
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var c = Compare(a[i], b[i]);
            if (c != 0)
            {
                return c;
            }
        }

        return a.Length.CompareTo(b.Length);
    }

    private static int Rank(Value value) => value.Kind switch
    {
        ValueKind.Map => 0,
        ValueKind.Node => 1,
        ValueKind.Relationship => 2,
        ValueKind.List => 3,
        ValueKind.Path => 4,
        ValueKind.Point => 5,
        ValueKind.DateTime => 6,
        ValueKind.LocalDateTime => 7,
        ValueKind.Date => 8,
        ValueKind.Time => 9,
        ValueKind.LocalTime => 10,
        ValueKind.Duration => 11,
        ValueKind.String => 12,
        ValueKind.Boolean => 13,
        ValueKind.Integer or ValueKind.Float => 14,
        _ => 15,
    };
}
