using TechSelfReliance.Cypher.Errors;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Temporal;

/// <summary>
/// duration.between and its inMonths / inDays / inSeconds variants. When both values have dates the result
/// counts whole months, then whole days, then the rest of the time; when either lacks a date only the times
/// of day are compared. A value without an offset is read in the other's zone; months and days follow the
/// local calendar, the remaining time follows the instant line (so a DST change shows up in hours).
/// </summary>
internal static class DurationBetween
{
    public enum Unit
    {
        All,
        Months,
        Days,
        Seconds,
    }

    public static Value Compute(Value from, Value to, Unit unit)
    {
        if (from.IsNull || to.IsNull)
        {
            return Value.Null;
        }

        if (!from.IsTemporal || !to.IsTemporal || from.Kind == ValueKind.Duration || to.Kind == ValueKind.Duration)
        {
            throw CypherException.Type("InvalidArgumentType", "duration.between needs two temporal values.");
        }

        var fromHasDate = TemporalConversions.HasDate(from);
        var toHasDate = TemporalConversions.HasDate(to);
        if (!fromHasDate || !toHasDate)
        {
            if (unit is Unit.Months or Unit.Days)
            {
                return Value.Duration(CypherDuration.Zero);
            }

            if (!fromHasDate && !toHasDate)
            {
                return Value.Duration(TimeOfDayDifference(from, to));
            }

            if (!fromHasDate)
            {
                from = OnDateOf(from, to);
            }
            else
            {
                to = OnDateOf(to, from);
            }
        }

        var zone = ZoneOf(from) ?? ZoneOf(to);
        var start = Align(from, zone);
        var end = Align(to, zone);
        var months = unit is Unit.All or Unit.Months ? MonthsBetween(start.Local, end.Local) : 0;
        if (unit == Unit.Months)
        {
            return Value.Duration(new CypherDuration(months, 0, 0, 0));
        }

        var afterMonths = Shift(start, months, 0, zone);
        var days = unit is Unit.All or Unit.Days ? DaysBetween(afterMonths.Local, end.Local) : 0;
        if (unit == Unit.Days)
        {
            return Value.Duration(new CypherDuration(0, days, 0, 0));
        }

        var afterDays = Shift(afterMonths, 0, days, zone);
        var nanos = InstantNanos(end, zone) - InstantNanos(afterDays, zone);
        return Value.Duration(FromNanos(months, days, nanos));
    }

    /// <summary>Places a time without a date on the date of the other value (and in its zone, unless it has its own offset).</summary>
    private static Value OnDateOf(Value time, Value dated)
    {
        var local = new CypherLocalDateTime(TemporalConversions.ToDate(dated).EpochDay, TemporalConversions.ToLocalTime(time).NanoOfDay);
        if (time.Kind == ValueKind.Time)
        {
            return Value.DateTime(new CypherDateTime(local, time.AsTime().OffsetSeconds, null));
        }

        return ZoneOf(dated) is { } zone ? Value.DateTime(TemporalBuilder.AtZoneText(local, zone)) : Value.LocalDateTime(local);
    }

    private static CypherDuration TimeOfDayDifference(Value from, Value to)
    {
        long NanoOf(Value value) => TemporalConversions.HasTime(value) ? TemporalConversions.ToLocalTime(value).NanoOfDay : 0;
        var start = NanoOf(from);
        var end = NanoOf(to);
        var fromOffset = TemporalConversions.OffsetOf(from);
        var toOffset = TemporalConversions.OffsetOf(to);
        if (fromOffset is { } a && toOffset is { } b)
        {
            end += (a - b) * CivilCalendar.NanosPerSecond;
        }

        return FromNanos(0, 0, end - start);
    }

    private static string? ZoneOf(Value value) => value.Kind switch
    {
        ValueKind.DateTime => value.AsDateTime().ZoneId ?? CivilCalendar.FormatOffset(value.AsDateTime().OffsetSeconds),
        ValueKind.Time => CivilCalendar.FormatOffset(value.AsTime().OffsetSeconds),
        _ => null,
    };

    private readonly record struct Point(CypherLocalDateTime Local, long? UtcSecond);

    private static Point Align(Value value, string? zone)
    {
        var local = value.Kind switch
        {
            ValueKind.Date => new CypherLocalDateTime(value.AsDate().EpochDay, 0),
            ValueKind.LocalDateTime => value.AsLocalDateTime(),
            ValueKind.DateTime => value.AsDateTime().Local,
            _ => throw CypherException.Type("InvalidArgumentType", $"Unexpected {value}."),
        };
        if (zone is null)
        {
            return new Point(local, null);
        }

        if (value.Kind == ValueKind.DateTime)
        {
            var dateTime = value.AsDateTime();
            var converted = TemporalBuilder.FromInstant(dateTime.EpochSecondUtc, dateTime.Nano, zone);
            return new Point(converted.Local, converted.EpochSecondUtc);
        }

        var zoned = TemporalBuilder.AtZoneText(local, zone);
        return new Point(zoned.Local, zoned.EpochSecondUtc);
    }

    private static Point Shift(Point point, long months, long days, string? zone)
    {
        var day = TemporalArithmetic.PlusMonths(point.Local.EpochDay, months) + days;
        var local = new CypherLocalDateTime(day, point.Local.NanoOfDay);
        if (zone is null)
        {
            return new Point(local, null);
        }

        var zoned = TemporalBuilder.AtZoneText(local, zone);
        return new Point(zoned.Local, zoned.EpochSecondUtc);
    }

    private static Int128 InstantNanos(Point point, string? zone)
    {
        _ = zone;
        var seconds = point.UtcSecond ?? point.Local.EpochSecond;
        return ((Int128)seconds * CivilCalendar.NanosPerSecond) + point.Local.Nano;
    }

    private static long MonthsBetween(CypherLocalDateTime start, CypherLocalDateTime end)
    {
        var endDay = AdjustEndDay(start, end);
        var (y1, m1, d1) = CivilCalendar.FromEpochDay(start.EpochDay);
        var (y2, m2, d2) = CivilCalendar.FromEpochDay(endDay);
        var total = ((y2 * 12) + m2) - ((y1 * 12) + m1);
        if (total > 0 && d2 < d1)
        {
            total--;
        }
        else if (total < 0 && d2 > d1)
        {
            total++;
        }

        return total;
    }

    private static long DaysBetween(CypherLocalDateTime start, CypherLocalDateTime end) => AdjustEndDay(start, end) - start.EpochDay;

    /// <summary>Moves the end date one day toward the start when its time of day has not yet reached the start's.</summary>
    private static long AdjustEndDay(CypherLocalDateTime start, CypherLocalDateTime end)
    {
        if (end.EpochDay > start.EpochDay && end.NanoOfDay < start.NanoOfDay)
        {
            return end.EpochDay - 1;
        }

        if (end.EpochDay < start.EpochDay && end.NanoOfDay > start.NanoOfDay)
        {
            return end.EpochDay + 1;
        }

        return end.EpochDay;
    }

    private static CypherDuration FromNanos(long months, long days, Int128 nanos)
    {
        var seconds = (long)(nanos / CivilCalendar.NanosPerSecond);
        var rest = (long)(nanos - ((Int128)seconds * CivilCalendar.NanosPerSecond));
        return new CypherDuration(months, days, seconds, rest);
    }
}
