using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Graph.Indexing;

/// <summary>
/// A total order over storable values for property indexes. Values are first ordered by group (booleans,
/// numbers, NaN, strings, each temporal kind, durations, points, lists); integers and floats share one group
/// and compare by exact numeric value, so an index seek for 1 also finds 1.0, as Cypher equality requires.
/// </summary>
public sealed class IndexKeyComparer : IComparer<Value>
{
    public static IndexKeyComparer Instance { get; } = new();

    public static int Group(Value value) => value.Kind switch
    {
        ValueKind.Boolean => 0,
        ValueKind.Integer => 1,
        ValueKind.Float => double.IsNaN(value.AsFloat()) ? 2 : 1,
        ValueKind.String => 3,
        ValueKind.Date => 4,
        ValueKind.LocalTime => 5,
        ValueKind.Time => 6,
        ValueKind.LocalDateTime => 7,
        ValueKind.DateTime => 8,
        ValueKind.Duration => 9,
        ValueKind.Point => 10,
        ValueKind.List => 11,
        _ => throw new ArgumentException($"A {value.Kind} cannot be an index key.", nameof(value)),
    };

    public int Compare(Value x, Value y)
    {
        var group = Group(x).CompareTo(Group(y));
        if (group != 0)
        {
            return group;
        }

        switch (x.Kind)
        {
            case ValueKind.Boolean:
                return x.AsBoolean().CompareTo(y.AsBoolean());
            case ValueKind.Integer or ValueKind.Float:
                return CompareNumbers(x, y);
            case ValueKind.String:
                return string.CompareOrdinal(x.AsString(), y.AsString());
            case ValueKind.Date:
                return x.AsDate().EpochDay.CompareTo(y.AsDate().EpochDay);
            case ValueKind.LocalTime:
                return x.AsLocalTime().NanoOfDay.CompareTo(y.AsLocalTime().NanoOfDay);
            case ValueKind.Time:
                {
                    var a = x.AsTime();
                    var b = y.AsTime();
                    var c = a.UtcNanos.CompareTo(b.UtcNanos);
                    return c != 0 ? c : a.OffsetSeconds.CompareTo(b.OffsetSeconds);
                }

            case ValueKind.LocalDateTime:
                {
                    var a = x.AsLocalDateTime();
                    var b = y.AsLocalDateTime();
                    var c = a.EpochDay.CompareTo(b.EpochDay);
                    return c != 0 ? c : a.NanoOfDay.CompareTo(b.NanoOfDay);
                }

            case ValueKind.DateTime:
                {
                    var a = x.AsDateTime();
                    var b = y.AsDateTime();
                    var c = a.EpochSecondUtc.CompareTo(b.EpochSecondUtc);
                    c = c != 0 ? c : a.Nano.CompareTo(b.Nano);
                    c = c != 0 ? c : a.OffsetSeconds.CompareTo(b.OffsetSeconds);
                    return c != 0 ? c : string.CompareOrdinal(a.ZoneId, b.ZoneId);
                }

            case ValueKind.Duration:
                {
                    var a = x.AsDuration();
                    var b = y.AsDuration();
                    var c = a.Months.CompareTo(b.Months);
                    c = c != 0 ? c : a.Days.CompareTo(b.Days);
                    c = c != 0 ? c : a.Seconds.CompareTo(b.Seconds);
                    return c != 0 ? c : a.Nanos.CompareTo(b.Nanos);
                }

            case ValueKind.Point:
                {
                    var a = x.AsPoint();
                    var b = y.AsPoint();
                    var c = a.Srid.CompareTo(b.Srid);
                    c = c != 0 ? c : a.X.CompareTo(b.X);
                    c = c != 0 ? c : a.Y.CompareTo(b.Y);
                    return c != 0 ? c : Nullable.Compare(a.Z, b.Z);
                }

            case ValueKind.List:
                {
                    var a = x.AsList();
                    var b = y.AsList();
                    for (var i = 0; i < Math.Min(a.Count, b.Count); i++)
                    {
                        var c = Compare(a[i], b[i]);
                        if (c != 0)
                        {
                            return c;
                        }
                    }

                    return a.Count.CompareTo(b.Count);
                }

            default:
                return 0;
        }
    }

    /// <summary>Compares two numbers exactly, including an integer against a float beyond 2^53.</summary>
    public static int CompareNumbers(Value x, Value y)
    {
        if (x.Kind == ValueKind.Integer && y.Kind == ValueKind.Integer)
        {
            return x.AsInteger().CompareTo(y.AsInteger());
        }

        if (x.Kind == ValueKind.Float && y.Kind == ValueKind.Float)
        {
            return x.AsFloat().CompareTo(y.AsFloat());
        }

        return x.Kind == ValueKind.Integer
            ? CompareIntegerToFloat(x.AsInteger(), y.AsFloat())
            : -CompareIntegerToFloat(y.AsInteger(), x.AsFloat());
    }

    public static int CompareIntegerToFloat(long integer, double number)
    {
        if (double.IsNaN(number))
        {
            return -1;
        }

        if (number >= 9.2233720368547758E18)
        {
            return -1;
        }

        if (number < -9.2233720368547758E18)
        {
            return 1;
        }

        var floor = Math.Floor(number);
        var whole = (long)floor;
        if (integer != whole)
        {
            return integer.CompareTo(whole);
        }

        return floor == number ? 0 : -1;
    }
}
