using TechSelfReliance.Cypher.Errors;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Temporal;

/// <summary>
/// date.truncate, datetime.truncate and friends: cut a temporal value down to a unit, then override fields
/// from the optional map (e.g. {day: 2}) and, for zoned results, read the local result in the map's zone,
/// the input's zone, or the default zone.
/// </summary>
internal static class TemporalTruncation
{
    public static Value Truncate(ValueKind target, string unit, Value input, MapValue fields, Func<string> defaultZone)
    {
        var hasDate = TemporalConversions.HasDate(input);
        var date = hasDate ? TemporalConversions.ToDate(input) : null;
        var nano = TemporalConversions.HasTime(input) ? TemporalConversions.ToLocalTime(input).NanoOfDay : 0;
        var (truncatedDay, truncatedNano) = Cut(unit, date?.EpochDay, nano, target);
        var overrides = fields.Entries.Where(e => e.Key != "timezone").ToList();
        string? zone = fields.TryGet("timezone", out var z) && !z.IsNull ? z.AsString() : null;

        switch (target)
        {
            case ValueKind.Date:
                return Value.Date(TemporalBuilder.BuildDate(WithBase("date", Value.Date(new CypherDate(truncatedDay!.Value)), overrides), () => throw new InvalidOperationException()));
            case ValueKind.LocalDateTime:
                return Value.LocalDateTime(TemporalBuilder.BuildLocalDateTime(
                    WithBase("datetime", Value.LocalDateTime(new CypherLocalDateTime(truncatedDay!.Value, truncatedNano)), overrides), () => throw new InvalidOperationException()));
            case ValueKind.LocalTime:
                return Value.LocalTime(TemporalBuilder.BuildLocalTime(WithBase("time", Value.LocalTime(new CypherLocalTime(truncatedNano)), overrides), () => throw new InvalidOperationException()));
            case ValueKind.Time:
                var offset = zone is not null ? TemporalBuilder.OffsetOf(zone) : TemporalConversions.OffsetOf(input) ?? TemporalBuilder.OffsetOf(defaultZone());
                var time = TemporalBuilder.BuildLocalTime(WithBase("time", Value.LocalTime(new CypherLocalTime(truncatedNano)), overrides), () => throw new InvalidOperationException());
                return Value.Time(new CypherTime(time.NanoOfDay, offset));
            case ValueKind.DateTime:
                var local = TemporalBuilder.BuildLocalDateTime(
                    WithBase("datetime", Value.LocalDateTime(new CypherLocalDateTime(truncatedDay!.Value, truncatedNano)), overrides), () => throw new InvalidOperationException());
                var zoneText = zone
                    ?? (input.Kind == ValueKind.DateTime ? input.AsDateTime().ZoneId ?? CivilCalendar.FormatOffset(input.AsDateTime().OffsetSeconds) : null)
                    ?? defaultZone();
                return Value.DateTime(TemporalBuilder.AtZoneText(local, zoneText));
            default:
                throw new InvalidOperationException($"Cannot truncate to {target}.");
        }
    }

    private static MapValue WithBase(string key, Value baseValue, List<KeyValuePair<string, Value>> overrides) =>
        new([new(key, baseValue), .. overrides]);

    private static (long? Day, long Nano) Cut(string unit, long? epochDay, long nano, ValueKind target)
    {
        var dateUnit = unit is "millennium" or "century" or "decade" or "year" or "weekYear" or "quarter" or "month" or "week";
        if (dateUnit && epochDay is null)
        {
            throw CypherException.Argument("InvalidArgumentValue", $"Cannot truncate a time to the unit '{unit}'.");
        }

        if ((target is ValueKind.Date) && !(dateUnit || unit == "day"))
        {
            throw CypherException.Argument("InvalidArgumentValue", $"Cannot truncate a date to the unit '{unit}'.");
        }

        if (target is ValueKind.LocalTime or ValueKind.Time && dateUnit)
        {
            throw CypherException.Argument("InvalidArgumentValue", $"Cannot truncate a time to the unit '{unit}'.");
        }

        if (epochDay is { } day)
        {
            var (year, month, _) = CivilCalendar.FromEpochDay(day);
            switch (unit)
            {
                case "millennium":
                    return (CivilCalendar.ToEpochDay(CivilCalendar.FloorDiv(year, 1000) * 1000, 1, 1), 0);
                case "century":
                    return (CivilCalendar.ToEpochDay(CivilCalendar.FloorDiv(year, 100) * 100, 1, 1), 0);
                case "decade":
                    return (CivilCalendar.ToEpochDay(CivilCalendar.FloorDiv(year, 10) * 10, 1, 1), 0);
                case "year":
                    return (CivilCalendar.ToEpochDay(year, 1, 1), 0);
                case "weekYear":
                    return (CivilCalendar.WeekYearStart(CivilCalendar.IsoWeek(day).WeekYear), 0);
                case "quarter":
                    return (CivilCalendar.ToEpochDay(year, (((month - 1) / 3) * 3) + 1, 1), 0);
                case "month":
                    return (CivilCalendar.ToEpochDay(year, month, 1), 0);
                case "week":
                    return (day - (CivilCalendar.DayOfWeek(day) - 1), 0);
            }
        }

        long Floor(long unitNanos) => nano - (nano % unitNanos);
        return unit switch
        {
            "day" => (epochDay, 0),
            "hour" => (epochDay, Floor(CivilCalendar.NanosPerHour)),
            "minute" => (epochDay, Floor(CivilCalendar.NanosPerMinute)),
            "second" => (epochDay, Floor(CivilCalendar.NanosPerSecond)),
            "millisecond" => (epochDay, Floor(1_000_000)),
            "microsecond" => (epochDay, Floor(1000)),
            _ => throw CypherException.Argument("InvalidArgumentValue", $"'{unit}' is not a unit temporal values can be truncated to."),
        };
    }
}
