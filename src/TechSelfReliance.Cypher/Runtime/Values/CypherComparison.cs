using TechSelfReliance.Graph.Indexing;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Runtime.Values;

/// <summary>
/// Equality (=, &lt;&gt;, IN) and comparability (&lt;, &gt;, ...) with Cypher's three-valued logic: null means
/// "unknown", so comparing with null, or comparing values that cannot be compared, gives null.
/// </summary>
internal static class CypherComparison
{
    public static bool? Equal(Value a, Value b)
    {
        if (a.IsNull || b.IsNull)
        {
            return null;
        }

        if (a.IsNumber && b.IsNumber)
        {
            if ((a.Kind == ValueKind.Float && double.IsNaN(a.AsFloat())) || (b.Kind == ValueKind.Float && double.IsNaN(b.AsFloat())))
            {
                return false;
            }

            return IndexKeyComparer.CompareNumbers(a, b) == 0;
        }

        if (a.Kind == ValueKind.Path && b.Kind == ValueKind.List || a.Kind == ValueKind.List && b.Kind == ValueKind.Path)
        {
            return Equal(PathAsList(a), PathAsList(b));
        }

        if (a.Kind != b.Kind)
        {
            return false;
        }

        switch (a.Kind)
        {
            case ValueKind.Boolean:
                return a.AsBoolean() == b.AsBoolean();
            case ValueKind.String:
                return string.Equals(a.AsString(), b.AsString(), StringComparison.Ordinal);
            case ValueKind.Node or ValueKind.Relationship:
                return a.RawBits == b.RawBits;
            case ValueKind.List:
                return ListsEqual(a.AsList(), b.AsList());
            case ValueKind.Map:
                return MapsEqual(a.AsMap(), b.AsMap());
            case ValueKind.Path:
                var p = a.AsPath();
                var q = b.AsPath();
                return SameIds(p.Nodes, q.Nodes) && SameIds(p.Relationships, q.Relationships);
            case ValueKind.Duration:
                return a.AsDuration() == b.AsDuration();
            case ValueKind.DateTime:
                var x = a.AsDateTime();
                var y = b.AsDateTime();
                return x.EpochSecondUtc == y.EpochSecondUtc && x.Nano == y.Nano;
            case ValueKind.Time:
                return a.AsTime().UtcNanos == b.AsTime().UtcNanos;
            default:
                return Compare(a, b) == 0;
        }
    }

    /// <summary>-1, 0 or 1 when the values are comparable; null when they are not (or one is null).</summary>
    public static int? Compare(Value a, Value b)
    {
        if (a.IsNull || b.IsNull)
        {
            return null;
        }

        if (a.IsNumber && b.IsNumber)
        {
            return IndexKeyComparer.CompareNumbers(a, b);
        }

        if (a.Kind != b.Kind)
        {
            return null;
        }

        switch (a.Kind)
        {
            case ValueKind.Boolean:
                return a.AsBoolean().CompareTo(b.AsBoolean());
            case ValueKind.String:
                return Math.Sign(string.CompareOrdinal(a.AsString(), b.AsString()));
            case ValueKind.Date:
                return a.AsDate().EpochDay.CompareTo(b.AsDate().EpochDay);
            case ValueKind.LocalTime:
                return a.AsLocalTime().NanoOfDay.CompareTo(b.AsLocalTime().NanoOfDay);
            case ValueKind.Time:
                return a.AsTime().UtcNanos.CompareTo(b.AsTime().UtcNanos);
            case ValueKind.LocalDateTime:
                var l = a.AsLocalDateTime();
                var m = b.AsLocalDateTime();
                var c = l.EpochDay.CompareTo(m.EpochDay);
                return c != 0 ? c : l.NanoOfDay.CompareTo(m.NanoOfDay);
            case ValueKind.DateTime:
                var x = a.AsDateTime();
                var y = b.AsDateTime();
                var d = x.EpochSecondUtc.CompareTo(y.EpochSecondUtc);
                return d != 0 ? d : x.Nano.CompareTo(y.Nano);
            case ValueKind.List:
                return CompareLists(a.AsList(), b.AsList());
            case ValueKind.Point:
                var p = a.AsPoint();
                var q = b.AsPoint();
                if (p.Srid != q.Srid)
                {
                    return null;
                }

                var px = p.X.CompareTo(q.X);
                var py = p.Y.CompareTo(q.Y);
                return px == 0 && py == 0 ? 0 : px <= 0 && py <= 0 ? -1 : px >= 0 && py >= 0 ? 1 : null;
            default:
                return null;
        }
    }

    public static bool IsNaN(Value value) => value.Kind == ValueKind.Float && double.IsNaN(value.AsFloat());

    private static bool SameIds(Value[] a, Value[] b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (var i = 0; i < a.Length; i++)
        {
            if (a[i].RawBits != b[i].RawBits)
            {
                return false;
            }
        }

        return true;
    }

    private static bool? ListsEqual(ListValue a, ListValue b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        var unknown = false;
        for (var i = 0; i < a.Count; i++)
        {
            switch (Equal(a[i], b[i]))
            {
                case false:
                    return false;
                case null:
                    unknown = true;
                    break;
            }
        }

        return unknown ? null : true;
    }

    private static bool? MapsEqual(MapValue a, MapValue b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        var unknown = false;
        foreach (var (key, value) in a.Entries)
        {
            if (!b.TryGet(key, out var other))
            {
                return false;
            }

            switch (Equal(value, other))
            {
                case false:
                    return false;
                case null:
                    unknown = true;
                    break;
            }
        }

        return unknown ? null : true;
    }

    private static int? CompareLists(ListValue a, ListValue b)
    {
        for (var i = 0; i < Math.Min(a.Count, b.Count); i++)
        {
            var c = Compare(a[i], b[i]);
            if (c is null)
            {
                return null;
            }

            if (c != 0)
            {
                return c;
            }
        }

        return a.Count.CompareTo(b.Count);
    }

    private static Value PathAsList(Value value)
    {
        if (value.Kind != ValueKind.Path)
        {
            return value;
        }

        var path = value.AsPath();
        var items = new List<Value> { path.Nodes[0] };
        for (var i = 0; i < path.Relationships.Length; i++)
        {
            items.Add(path.Relationships[i]);
            items.Add(path.Nodes[i + 1]);
        }

        return Value.List(new ListValue(items));
    }
}
