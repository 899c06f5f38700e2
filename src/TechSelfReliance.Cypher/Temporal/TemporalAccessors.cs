using TechSelfReliance.Cypher.Errors;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Temporal;

/// <summary>The components Cypher exposes as properties of temporal values, durations and points.</summary>
internal static class TemporalAccessors
{
    public static Value Get(Value value, string key)
    {
        var result = value.Kind switch
        {
            ValueKind.Duration => DurationComponent(value.AsDuration(), key),
            ValueKind.Point => PointComponent(value.AsPoint(), key),
            _ => TemporalComponent(value, key),
        };
        return result ?? throw CypherException.Argument("InvalidArgumentValue", $"{CypherTypeName(value)} has no component '{key}'.");
    }

    private static Value? TemporalComponent(Value value, string key)
    {
        if (TemporalConversions.HasDate(value))
        {
            var epochDay = TemporalConversions.ToDate(value).EpochDay;
            var (year, month, day) = CivilCalendar.FromEpochDay(epochDay);
            switch (key)
            {
                case "year":
                    return Value.Integer(year);
                case "quarter":
                    return Value.Integer(CivilCalendar.QuarterOf(month));
                case "month":
                    return Value.Integer(month);
                case "week":
                    return Value.Integer(CivilCalendar.IsoWeek(epochDay).Week);
                case "weekYear":
                    return Value.Integer(CivilCalendar.IsoWeek(epochDay).WeekYear);
                case "day":
                    return Value.Integer(day);
                case "ordinalDay":
                    return Value.Integer(CivilCalendar.DayOfYear(epochDay));
                case "dayOfWeek" or "weekDay":
                    return Value.Integer(CivilCalendar.DayOfWeek(epochDay));
                case "dayOfQuarter":
                    var quarterStart = CivilCalendar.ToEpochDay(year, ((CivilCalendar.QuarterOf(month) - 1) * 3) + 1, 1);
                    return Value.Integer(epochDay - quarterStart + 1);
            }
        }

        if (TemporalConversions.HasTime(value))
        {
            var nano = TemporalConversions.ToLocalTime(value).NanoOfDay;
            switch (key)
            {
                case "hour":
                    return Value.Integer(nano / CivilCalendar.NanosPerHour);
                case "minute":
                    return Value.Integer(nano / CivilCalendar.NanosPerMinute % 60);
                case "second":
                    return Value.Integer(nano / CivilCalendar.NanosPerSecond % 60);
                case "millisecond":
                    return Value.Integer(nano % CivilCalendar.NanosPerSecond / 1_000_000);
                case "microsecond":
                    return Value.Integer(nano % CivilCalendar.NanosPerSecond / 1000);
                case "nanosecond":
                    return Value.Integer(nano % CivilCalendar.NanosPerSecond);
            }
        }

        if (TemporalConversions.OffsetOf(value) is { } offset)
        {
            switch (key)
            {
                case "timezone":
                    return Value.String(value.Kind == ValueKind.DateTime && value.AsDateTime().ZoneId is { } zone ? zone : CivilCalendar.FormatOffset(offset));
                case "offset":
                    return Value.String(CivilCalendar.FormatOffset(offset));
                case "offsetMinutes":
                    return Value.Integer(offset / 60);
                case "offsetSeconds":
                    return Value.Integer(offset);
            }
        }

        if (value.Kind == ValueKind.DateTime)
        {
            var dateTime = value.AsDateTime();
            switch (key)
            {
                case "epochSeconds":
                    return Value.Integer(dateTime.EpochSecondUtc);
                case "epochMillis":
                    return Value.Integer((dateTime.EpochSecondUtc * 1000) + (dateTime.Nano / 1_000_000));
            }
        }

        return null;
    }

    private static Value? DurationComponent(CypherDuration d, string key) => key switch
    {
        "years" => Value.Integer(d.Months / 12),
        "quarters" => Value.Integer(d.Months / 3),
        "months" => Value.Integer(d.Months),
        "weeks" => Value.Integer(d.Days / 7),
        "days" => Value.Integer(d.Days),
        "hours" => Value.Integer(d.Seconds / 3600),
        "minutes" => Value.Integer(d.Seconds / 60),
        "seconds" => Value.Integer(d.Seconds),
        "milliseconds" => Value.Integer((d.Seconds * 1000) + (d.Nanos / 1_000_000)),
        "microseconds" => Value.Integer((d.Seconds * 1_000_000) + (d.Nanos / 1000)),
        "nanoseconds" => Value.Integer((d.Seconds * 1_000_000_000) + d.Nanos),
        "quartersOfYear" => Value.Integer(d.Months / 3 % 4),
        "monthsOfQuarter" => Value.Integer(d.Months % 3),
        "monthsOfYear" => Value.Integer(d.Months % 12),
        "daysOfWeek" => Value.Integer(d.Days % 7),
        "minutesOfHour" => Value.Integer(d.Seconds / 60 % 60),
        "secondsOfMinute" => Value.Integer(d.Seconds % 60),
        "millisecondsOfSecond" => Value.Integer(d.Nanos / 1_000_000),
        "microsecondsOfSecond" => Value.Integer(d.Nanos / 1000),
        "nanosecondsOfSecond" => Value.Integer(d.Nanos),
        _ => null,
    };

    private static Value? PointComponent(CypherPoint p, string key) => key switch
    {
        "x" or "longitude" => Value.Float(p.X),
        "y" or "latitude" => Value.Float(p.Y),
        "z" or "height" => p.Z is { } z ? Value.Float(z) : Value.Null,
        "crs" => Value.String(p.CrsName),
        "srid" => Value.Integer(p.Srid),
        _ => null,
    };

    private static string CypherTypeName(Value value) => Runtime.Values.CypherTypeNames.Of(value);
}
