using TechSelfReliance.Cypher.Errors;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Temporal;

/// <summary>
/// Temporal ± duration and duration arithmetic. Months and days move the calendar (clamping the day to the
/// month's end), seconds and nanoseconds move the clock; a date takes only whole days from the time part.
/// </summary>
internal static class TemporalArithmetic
{
    public static Value Add(Value temporal, CypherDuration duration) => temporal.Kind switch
    {
        ValueKind.Date => Value.Date(AddToDate(temporal.AsDate(), duration)),
        ValueKind.LocalTime => Value.LocalTime(new CypherLocalTime(AddToTimeOfDay(temporal.AsLocalTime().NanoOfDay, duration))),
        ValueKind.Time => Value.Time(new CypherTime(AddToTimeOfDay(temporal.AsTime().NanoOfDay, duration), temporal.AsTime().OffsetSeconds)),
        ValueKind.LocalDateTime => Value.LocalDateTime(AddToLocalDateTime(temporal.AsLocalDateTime(), duration)),
        ValueKind.DateTime => Value.DateTime(AddToDateTime(temporal.AsDateTime(), duration)),
        _ => throw CypherException.Type("InvalidArgumentType", $"Cannot add a duration to {temporal}."),
    };

    public static CypherDuration Negate(CypherDuration duration) =>
        new(checked(-duration.Months), checked(-duration.Days), checked(-duration.Seconds), -(long)duration.Nanos);

    public static CypherDuration Add(CypherDuration a, CypherDuration b) =>
        Checked(() => new CypherDuration(checked(a.Months + b.Months), checked(a.Days + b.Days), checked(a.Seconds + b.Seconds), (long)a.Nanos + b.Nanos));

    public static CypherDuration Multiply(CypherDuration duration, Value factor)
    {
        if (factor.Kind == ValueKind.Integer)
        {
            var f = factor.AsInteger();
            return Checked(() => new CypherDuration(checked(duration.Months * f), checked(duration.Days * f), checked(duration.Seconds * f), checked((long)duration.Nanos * f)));
        }

        var d = (decimal)factor.AsNumber();
        return TemporalBuilder.Duration(duration.Months * d, duration.Days * d, duration.Seconds * d, duration.Nanos * d);
    }

    public static CypherDuration Divide(CypherDuration duration, Value divisor)
    {
        var d = divisor.AsNumber();
        if (d == 0)
        {
            throw CypherException.Arithmetic("DivisionByZero", "Cannot divide a duration by zero.");
        }

        var m = (decimal)d;
        return TemporalBuilder.Duration(duration.Months / m, duration.Days / m, duration.Seconds / m, duration.Nanos / m);
    }

    public static long PlusMonths(long epochDay, long months)
    {
        if (months == 0)
        {
            return epochDay;
        }

        var (year, month, day) = CivilCalendar.FromEpochDay(epochDay);
        var total = checked((year * 12) + (month - 1) + months);
        var newYear = CivilCalendar.FloorDiv(total, 12);
        var newMonth = (int)CivilCalendar.FloorMod(total, 12) + 1;
        if (newYear < CivilCalendar.MinYear || newYear > CivilCalendar.MaxYear)
        {
            throw CypherException.Argument("InvalidArgumentValue", "The result is outside the supported range of years.");
        }

        return CivilCalendar.ToEpochDay(newYear, newMonth, Math.Min(day, CivilCalendar.DaysInMonth(newYear, newMonth)));
    }

    private static CypherDate AddToDate(CypherDate date, CypherDuration duration)
    {
        var day = PlusMonths(date.EpochDay, duration.Months);
        day = checked(day + duration.Days + (duration.Seconds / CivilCalendar.SecondsPerDay));
        return new CypherDate(day);
    }

    private static long AddToTimeOfDay(long nanoOfDay, CypherDuration duration)
    {
        var delta = (((Int128)duration.Seconds * CivilCalendar.NanosPerSecond) + duration.Nanos) % CivilCalendar.NanosPerDay;
        return (long)(((nanoOfDay + delta) % CivilCalendar.NanosPerDay + CivilCalendar.NanosPerDay) % CivilCalendar.NanosPerDay);
    }

    private static CypherLocalDateTime AddToLocalDateTime(CypherLocalDateTime local, CypherDuration duration)
    {
        var day = checked(PlusMonths(local.EpochDay, duration.Months) + duration.Days);
        return AddTime(new CypherLocalDateTime(day, local.NanoOfDay), duration);
    }

    private static CypherDateTime AddToDateTime(CypherDateTime dateTime, CypherDuration duration)
    {
        var day = checked(PlusMonths(dateTime.Local.EpochDay, duration.Months) + duration.Days);
        var shifted = new CypherLocalDateTime(day, dateTime.Local.NanoOfDay);
        if (dateTime.ZoneId is { } zone)
        {
            var zoned = duration.Months != 0 || duration.Days != 0 ? TimeZones.AtZone(shifted, zone) : dateTime;
            var totalNanos = ((Int128)zoned.EpochSecondUtc * CivilCalendar.NanosPerSecond) + zoned.Nano + ((Int128)duration.Seconds * CivilCalendar.NanosPerSecond) + duration.Nanos;
            var seconds = (long)Int128FloorDiv(totalNanos, CivilCalendar.NanosPerSecond);
            var nano = (int)(totalNanos - ((Int128)seconds * CivilCalendar.NanosPerSecond));
            return TimeZones.FromInstant(seconds, nano, zone);
        }

        return new CypherDateTime(AddTime(shifted, duration), dateTime.OffsetSeconds, null);
    }

    private static CypherLocalDateTime AddTime(CypherLocalDateTime local, CypherDuration duration)
    {
        var total = ((Int128)local.EpochDay * CivilCalendar.NanosPerDay) + local.NanoOfDay + ((Int128)duration.Seconds * CivilCalendar.NanosPerSecond) + duration.Nanos;
        var day = (long)Int128FloorDiv(total, CivilCalendar.NanosPerDay);
        return new CypherLocalDateTime(day, (long)(total - ((Int128)day * CivilCalendar.NanosPerDay)));
    }

    private static Int128 Int128FloorDiv(Int128 a, long b)
    {
        var q = a / b;
        return (a % b != 0) && ((a < 0) != (b < 0)) ? q - 1 : q;
    }

    private static CypherDuration Checked(Func<CypherDuration> build)
    {
        try
        {
            return build();
        }
        catch (OverflowException)
        {
            throw CypherException.Arithmetic("IntegerOverflow", "The duration is too large.");
        }
    }
}
