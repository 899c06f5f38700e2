using TechSelfReliance.Cypher.Errors;
using TechSelfReliance.Cypher.Runtime;
using TechSelfReliance.Cypher.Temporal;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Functions;

/// <summary>date(), time(), datetime() and friends: construction from nothing (now), strings, maps and other temporals.</summary>
internal static class TemporalFunctions
{
    private const string DefaultZone = "Z";

    public static IEnumerable<FunctionDefinition> All
    {
        get
        {
            foreach (var clock in new[] { string.Empty, ".transaction", ".statement", ".realtime" })
            {
                yield return new("date" + clock, 0, 1, (a, c) => Date(a, c));
                yield return new("localtime" + clock, 0, 1, (a, c) => LocalTime(a, c));
                yield return new("time" + clock, 0, 1, (a, c) => Time(a, c));
                yield return new("localdatetime" + clock, 0, 1, (a, c) => LocalDateTime(a, c));
                yield return new("datetime" + clock, 0, 1, (a, c) => DateTime(a, c));
            }

            yield return new("duration", 1, 1, (a, c) => Duration(a[0]));
            yield return new("datetime.fromepoch", 2, 2, (a, c) => a.Any(v => v.IsNull)
                ? Value.Null
                : Value.DateTime(TemporalBuilder.FromInstant(Arguments.Integer("datetime.fromepoch", a[0]), Arguments.Integer("datetime.fromepoch", a[1]), DefaultZone)));
            yield return new("datetime.fromepochmillis", 1, 1, (a, c) => a[0].IsNull
                ? Value.Null
                : Value.DateTime(FromMillis(Arguments.Integer("datetime.fromepochmillis", a[0]))));
            yield return new("duration.between", 2, 2, (a, c) => DurationBetween.Compute(a[0], a[1], DurationBetween.Unit.All));
            yield return new("duration.inMonths", 2, 2, (a, c) => DurationBetween.Compute(a[0], a[1], DurationBetween.Unit.Months));
            yield return new("duration.inDays", 2, 2, (a, c) => DurationBetween.Compute(a[0], a[1], DurationBetween.Unit.Days));
            yield return new("duration.inSeconds", 2, 2, (a, c) => DurationBetween.Compute(a[0], a[1], DurationBetween.Unit.Seconds));
            foreach (var (name, kind) in new[] { ("date", ValueKind.Date), ("localtime", ValueKind.LocalTime), ("time", ValueKind.Time), ("localdatetime", ValueKind.LocalDateTime), ("datetime", ValueKind.DateTime) })
            {
                yield return new(name + ".truncate", 2, 3, (a, c) => Truncate(kind, a));
            }
        }
    }

    private static CypherDateTime Now(QueryContext context) =>
        TemporalBuilder.FromInstant(context.StatementTime.ToUnixTimeSeconds(), (context.StatementTime.Ticks % TimeSpan.TicksPerSecond) * 100, DefaultZone);

    private static CypherDateTime FromMillis(long millis) =>
        TemporalBuilder.FromInstant(CivilCalendar.FloorDiv(millis, 1000), CivilCalendar.FloorMod(millis, 1000) * 1_000_000, DefaultZone);

    private static Value Date(Value[] a, QueryContext c)
    {
        if (a.Length == 0)
        {
            return Value.Date(Now(c).Local.Date);
        }

        var input = a[0];
        return input.Kind switch
        {
            ValueKind.Null => Value.Null,
            ValueKind.String => Value.Date(TemporalParser.ParseDate(input.AsString())),
            ValueKind.Map => Value.Date(TemporalBuilder.BuildDate(input.AsMap(), () => Now(c).Local.Date)),
            ValueKind.Date or ValueKind.LocalDateTime or ValueKind.DateTime => Value.Date(TemporalConversions.ToDate(input)),
            _ => throw Arguments.WrongType("date", input),
        };
    }

    private static Value LocalTime(Value[] a, QueryContext c)
    {
        if (a.Length == 0)
        {
            return Value.LocalTime(Now(c).Local.Time);
        }

        var input = a[0];
        return input.Kind switch
        {
            ValueKind.Null => Value.Null,
            ValueKind.String => Value.LocalTime(TemporalParser.ParseLocalTime(input.AsString())),
            ValueKind.Map => Value.LocalTime(TemporalBuilder.BuildLocalTime(input.AsMap(), () => Now(c).Local.Time)),
            ValueKind.LocalTime or ValueKind.Time or ValueKind.LocalDateTime or ValueKind.DateTime => Value.LocalTime(TemporalConversions.ToLocalTime(input)),
            _ => throw Arguments.WrongType("localtime", input),
        };
    }

    private static Value Time(Value[] a, QueryContext c)
    {
        CypherTime NowTime() => new(Now(c).Local.NanoOfDay, 0);
        if (a.Length == 0)
        {
            return Value.Time(NowTime());
        }

        var input = a[0];
        return input.Kind switch
        {
            ValueKind.Null => Value.Null,
            ValueKind.String => Value.Time(TemporalParser.ParseZonedTime(input.AsString(), () => TemporalBuilder.OffsetOf(DefaultZone))),
            ValueKind.Map => Value.Time(TemporalBuilder.BuildTime(input.AsMap(), NowTime, () => DefaultZone)),
            ValueKind.Time => input,
            ValueKind.DateTime => Value.Time(new CypherTime(input.AsDateTime().Local.NanoOfDay, input.AsDateTime().OffsetSeconds)),
            ValueKind.LocalTime or ValueKind.LocalDateTime => Value.Time(new CypherTime(TemporalConversions.ToLocalTime(input).NanoOfDay, TemporalBuilder.OffsetOf(DefaultZone))),
            _ => throw Arguments.WrongType("time", input),
        };
    }

    private static Value LocalDateTime(Value[] a, QueryContext c)
    {
        if (a.Length == 0)
        {
            return Value.LocalDateTime(Now(c).Local);
        }

        var input = a[0];
        return input.Kind switch
        {
            ValueKind.Null => Value.Null,
            ValueKind.String => Value.LocalDateTime(TemporalParser.ParseLocalDateTime(input.AsString())),
            ValueKind.Map => Value.LocalDateTime(TemporalBuilder.BuildLocalDateTime(input.AsMap(), () => Now(c).Local)),
            ValueKind.LocalDateTime => input,
            ValueKind.DateTime => Value.LocalDateTime(input.AsDateTime().Local),
            ValueKind.Date => Value.LocalDateTime(new CypherLocalDateTime(input.AsDate().EpochDay, 0)),
            _ => throw Arguments.WrongType("localdatetime", input),
        };
    }

    private static Value DateTime(Value[] a, QueryContext c)
    {
        if (a.Length == 0)
        {
            return Value.DateTime(Now(c));
        }

        var input = a[0];
        return input.Kind switch
        {
            ValueKind.Null => Value.Null,
            ValueKind.String => Value.DateTime(TemporalParser.ParseDateTime(input.AsString(), () => DefaultZone)),
            ValueKind.Map => Value.DateTime(TemporalBuilder.BuildDateTime(input.AsMap(), () => Now(c), () => DefaultZone)),
            ValueKind.DateTime => input,
            ValueKind.LocalDateTime => Value.DateTime(TemporalBuilder.AtZoneText(input.AsLocalDateTime(), DefaultZone)),
            ValueKind.Date => Value.DateTime(TemporalBuilder.AtZoneText(new CypherLocalDateTime(input.AsDate().EpochDay, 0), DefaultZone)),
            _ => throw Arguments.WrongType("datetime", input),
        };
    }

    private static Value Duration(Value input) => input.Kind switch
    {
        ValueKind.Null => Value.Null,
        ValueKind.String => Value.Duration(TemporalParser.ParseDuration(input.AsString())),
        ValueKind.Map => Value.Duration(TemporalBuilder.BuildDuration(input.AsMap())),
        ValueKind.Duration => input,
        _ => throw Arguments.WrongType("duration", input),
    };

    private static Value Truncate(ValueKind target, Value[] a)
    {
        if (a[1].IsNull)
        {
            return Value.Null;
        }

        var unit = Arguments.Text("truncate", a[0]);
        if (!a[1].IsTemporal || a[1].Kind == ValueKind.Duration)
        {
            throw Arguments.WrongType("truncate", a[1]);
        }

        var fields = a.Length > 2 && !a[2].IsNull
            ? a[2].Kind == ValueKind.Map ? a[2].AsMap() : throw Arguments.WrongType("truncate", a[2])
            : MapValue.Empty;
        if (target is ValueKind.Date or ValueKind.LocalDateTime or ValueKind.DateTime && !TemporalConversions.HasDate(a[1]))
        {
            throw CypherException.Argument("InvalidArgumentValue", $"Cannot truncate {a[1]} to a value with a date.");
        }

        return TemporalTruncation.Truncate(target, unit, a[1], fields, () => DefaultZone);
    }
}
