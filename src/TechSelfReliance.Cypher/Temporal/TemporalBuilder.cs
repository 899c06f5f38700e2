using TechSelfReliance.Cypher.Errors;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Temporal;

/// <summary>Builds temporal values from fields and from maps of fields, validating every field's range.</summary>
internal static class TemporalBuilder
{
    /// <summary>The average month (365.2425 / 12 days) used to turn fractions of months into days.</summary>
    private const decimal DaysPerMonth = 30.436875m;

    private static readonly HashSet<string> DateKeys = new(StringComparer.Ordinal)
    {
        "year", "month", "day", "week", "dayOfWeek", "ordinalDay", "quarter", "dayOfQuarter",
    };

    private static readonly HashSet<string> TimeKeys = new(StringComparer.Ordinal)
    {
        "hour", "minute", "second", "millisecond", "microsecond", "nanosecond",
    };

    public static CypherDate FromCalendar(long year, long month, long day)
    {
        CheckYear(year);
        if (month is < 1 or > 12)
        {
            throw Invalid($"Invalid value for month: {month} (valid values 1 - 12).");
        }

        var daysInMonth = CivilCalendar.DaysInMonth(year, (int)month);
        if (day < 1 || day > daysInMonth)
        {
            throw Invalid($"Invalid value for day of month: {day} (valid values 1 - {daysInMonth}).");
        }

        return CypherDate.Of(year, (int)month, (int)day);
    }

    public static CypherDate FromWeek(long weekYear, long week, long dayOfWeek)
    {
        CheckYear(weekYear);
        var weeks = CivilCalendar.WeeksInWeekYear(weekYear);
        if (week < 1 || week > weeks)
        {
            throw Invalid($"Invalid value for week of week-based year: {week} (valid values 1 - {weeks}).");
        }

        if (dayOfWeek is < 1 or > 7)
        {
            throw Invalid($"Invalid value for day of week: {dayOfWeek} (valid values 1 - 7).");
        }

        return new CypherDate(CivilCalendar.WeekYearStart(weekYear) + ((week - 1) * 7) + (dayOfWeek - 1));
    }

    public static CypherDate FromOrdinal(long year, long ordinalDay)
    {
        CheckYear(year);
        var days = CivilCalendar.DaysInYear(year);
        if (ordinalDay < 1 || ordinalDay > days)
        {
            throw Invalid($"Invalid value for day of year: {ordinalDay} (valid values 1 - {days}).");
        }

        return new CypherDate(CivilCalendar.ToEpochDay(year, 1, 1) + ordinalDay - 1);
    }

    public static CypherDate FromQuarter(long year, long quarter, long dayOfQuarter)
    {
        CheckYear(year);
        if (quarter is < 1 or > 4)
        {
            throw Invalid($"Invalid value for quarter of year: {quarter} (valid values 1 - 4).");
        }

        var start = CivilCalendar.ToEpochDay(year, (int)(((quarter - 1) * 3) + 1), 1);
        var end = quarter == 4 ? CivilCalendar.ToEpochDay(year + 1, 1, 1) : CivilCalendar.ToEpochDay(year, (int)((quarter * 3) + 1), 1);
        if (dayOfQuarter < 1 || dayOfQuarter > end - start)
        {
            throw Invalid($"Invalid value for day of quarter: {dayOfQuarter} (valid values 1 - {end - start}).");
        }

        return new CypherDate(start + dayOfQuarter - 1);
    }

    public static long NanoOfDay(long hour, long minute, long second, long nano)
    {
        if (hour is < 0 or > 23 || minute is < 0 or > 59 || second is < 0 or > 59 || nano is < 0 or > 999_999_999)
        {
            throw Invalid($"Invalid time of day {hour}:{minute}:{second}.{nano}.");
        }

        return (hour * CivilCalendar.NanosPerHour) + (minute * CivilCalendar.NanosPerMinute) + (second * CivilCalendar.NanosPerSecond) + nano;
    }

    /// <summary>
    /// A duration from possibly fractional amounts, carrying fractions down as Neo4j does: a fraction of a month
    /// becomes days at the average month length, a fraction of a day becomes seconds, a fraction of a second nanos.
    /// </summary>
    public static CypherDuration Duration(decimal months, decimal days, decimal seconds, decimal nanos)
    {
        try
        {
            var wholeMonths = decimal.Truncate(months);
            days += (months - wholeMonths) * DaysPerMonth;
            var wholeDays = decimal.Truncate(days);
            seconds += (days - wholeDays) * 86_400m;
            var wholeSeconds = decimal.Truncate(seconds);
            nanos += (seconds - wholeSeconds) * 1_000_000_000m;
            var wholeNanos = decimal.Truncate(nanos);
            return new CypherDuration((long)wholeMonths, (long)wholeDays, (long)wholeSeconds, (long)wholeNanos);
        }
        catch (OverflowException)
        {
            throw CypherException.Arithmetic("IntegerOverflow", "The duration is too large.");
        }
    }

    public static CypherDate BuildDate(MapValue map, Func<CypherDate> today)
    {
        CheckKeys(map, DateKeys, "date");
        var baseDate = map.TryGet("date", out var baseValue) && !baseValue.IsNull ? TemporalConversions.ToDate(baseValue) : null;
        if (baseDate is null && map.Count == 0)
        {
            return today();
        }

        return BuildDatePart(map, baseDate);
    }

    public static CypherLocalTime BuildLocalTime(MapValue map, Func<CypherLocalTime> now)
    {
        CheckKeys(map, TimeKeys, "time");
        if (map.Count == 0)
        {
            return now();
        }

        var baseTime = map.TryGet("time", out var baseValue) && !baseValue.IsNull ? TemporalConversions.ToLocalTime(baseValue) : null;
        return new CypherLocalTime(BuildTimePart(map, baseTime?.NanoOfDay));
    }

    public static CypherTime BuildTime(MapValue map, Func<CypherTime> now, Func<string> defaultZone)
    {
        CheckKeys(map, TimeKeys, "time", "timezone");
        if (map.Count == 0)
        {
            return now();
        }

        Value baseValue = default;
        var hasBase = map.TryGet("time", out baseValue) && !baseValue.IsNull;
        var nano = BuildTimePart(map, hasBase ? TemporalConversions.ToLocalTime(baseValue).NanoOfDay : null);
        int offset;
        if (map.TryGet("timezone", out var zone) && !zone.IsNull)
        {
            offset = OffsetOf(RequireString(zone, "timezone"));
            if (hasBase && baseValue.Kind is ValueKind.Time or ValueKind.DateTime && !HasAnyTimeField(map))
            {
                var baseOffset = baseValue.Kind == ValueKind.Time ? baseValue.AsTime().OffsetSeconds : baseValue.AsDateTime().OffsetSeconds;
                nano = CivilCalendar.FloorMod(nano + ((offset - baseOffset) * CivilCalendar.NanosPerSecond), CivilCalendar.NanosPerDay);
            }
        }
        else if (hasBase && baseValue.Kind == ValueKind.Time)
        {
            offset = baseValue.AsTime().OffsetSeconds;
        }
        else if (hasBase && baseValue.Kind == ValueKind.DateTime)
        {
            offset = baseValue.AsDateTime().OffsetSeconds;
        }
        else
        {
            offset = OffsetOf(defaultZone());
        }

        return new CypherTime(nano, offset);
    }

    public static CypherLocalDateTime BuildLocalDateTime(MapValue map, Func<CypherLocalDateTime> now)
    {
        CheckKeys(map, [.. DateKeys, .. TimeKeys], "date", "time", "datetime");
        if (map.Count == 0)
        {
            return now();
        }

        var (date, nano) = BuildDateAndTime(map);
        return new CypherLocalDateTime(date.EpochDay, nano);
    }

    public static CypherDateTime BuildDateTime(MapValue map, Func<CypherDateTime> now, Func<string> defaultZone)
    {
        CheckKeys(map, [.. DateKeys, .. TimeKeys], "date", "time", "datetime", "timezone", "epochSeconds", "epochMillis");
        if (map.Count == 0)
        {
            return now();
        }

        string? zoneText = map.TryGet("timezone", out var zone) && !zone.IsNull ? RequireString(zone, "timezone") : null;
        if (map.TryGet("epochSeconds", out var epochSeconds) || map.TryGet("epochMillis", out _))
        {
            long seconds;
            long nanos = 0;
            if (!epochSeconds.IsNull && epochSeconds.Kind != ValueKind.Null)
            {
                seconds = RequireInteger(epochSeconds, "epochSeconds");
            }
            else
            {
                var millis = RequireInteger(map["epochMillis"], "epochMillis");
                seconds = CivilCalendar.FloorDiv(millis, 1000);
                nanos = CivilCalendar.FloorMod(millis, 1000) * 1_000_000;
            }

            nanos += SubSecondNanos(map) ?? 0;
            return FromInstant(seconds, nanos, zoneText ?? defaultZone());
        }

        var (date, nano) = BuildDateAndTime(map);
        var local = new CypherLocalDateTime(date.EpochDay, nano);
        var baseValue = map.TryGet("datetime", out var datetime) && !datetime.IsNull ? datetime
            : map.TryGet("time", out var time) && !time.IsNull ? time : Value.Null;
        if (zoneText is null)
        {
            if (baseValue.Kind == ValueKind.DateTime)
            {
                var source = baseValue.AsDateTime();
                return source.ZoneId is { } id ? TimeZones.AtZone(local, id) : new CypherDateTime(local, source.OffsetSeconds, null);
            }

            if (baseValue.Kind == ValueKind.Time)
            {
                return new CypherDateTime(local, baseValue.AsTime().OffsetSeconds, null);
            }

            return AtZoneText(local, defaultZone());
        }

        if (baseValue.Kind == ValueKind.DateTime && !HasAnyTimeField(map) && !HasAnyDateField(map) && !map.ContainsKey("date"))
        {
            var source = baseValue.AsDateTime();
            var utc = source.EpochSecondUtc;
            return TimeZones.IsOffset(zoneText)
                ? FromInstant(utc, source.Nano, zoneText)
                : TimeZones.FromInstant(utc, source.Nano, zoneText);
        }

        return AtZoneText(local, zoneText);
    }

    public static CypherDateTime AtZoneText(CypherLocalDateTime local, string zone) =>
        TimeZones.IsOffset(zone) ? new CypherDateTime(local, TimeZones.ParseOffset(zone), null) : TimeZones.AtZone(local, zone);

    public static CypherDateTime FromInstant(long epochSecond, long nanos, string zone)
    {
        epochSecond += CivilCalendar.FloorDiv(nanos, CivilCalendar.NanosPerSecond);
        var nano = (int)CivilCalendar.FloorMod(nanos, CivilCalendar.NanosPerSecond);
        if (TimeZones.IsOffset(zone))
        {
            var offset = TimeZones.ParseOffset(zone);
            return new CypherDateTime(CypherLocalDateTime.FromEpochSecond(epochSecond + offset, nano), offset, null);
        }

        return TimeZones.FromInstant(epochSecond, nano, zone);
    }

    public static int OffsetOf(string zone) =>
        TimeZones.IsOffset(zone) ? TimeZones.ParseOffset(zone) : TimeZones.OffsetAtInstant(zone, DateTimeOffset.UtcNow.ToUnixTimeSeconds());

    public static CypherDuration BuildDuration(MapValue map)
    {
        decimal Amount(string key)
        {
            if (!map.TryGet(key, out var value) || value.IsNull)
            {
                return 0m;
            }

            return value.Kind switch
            {
                ValueKind.Integer => value.AsInteger(),
                ValueKind.Float => (decimal)value.AsFloat(),
                _ => throw Invalid($"Duration field '{key}' must be a number, not {value}."),
            };
        }

        var allowed = new HashSet<string>(StringComparer.Ordinal)
        {
            "years", "quarters", "months", "weeks", "days", "hours", "minutes", "seconds", "milliseconds", "microseconds", "nanoseconds",
        };
        foreach (var key in map.Keys)
        {
            if (!allowed.Contains(key))
            {
                throw Invalid($"'{key}' is not a duration field.");
            }
        }

        return Duration(
            (Amount("years") * 12) + (Amount("quarters") * 3) + Amount("months"),
            (Amount("weeks") * 7) + Amount("days"),
            (Amount("hours") * 3600) + (Amount("minutes") * 60) + Amount("seconds"),
            (Amount("milliseconds") * 1_000_000) + (Amount("microseconds") * 1000) + Amount("nanoseconds"));
    }

    private static (CypherDate Date, long Nano) BuildDateAndTime(MapValue map)
    {
        CypherDate? baseDate = null;
        long? baseNano = null;
        if (map.TryGet("datetime", out var datetime) && !datetime.IsNull)
        {
            baseDate = TemporalConversions.ToDate(datetime);
            baseNano = TemporalConversions.ToLocalTime(datetime).NanoOfDay;
        }

        if (map.TryGet("date", out var date) && !date.IsNull)
        {
            baseDate = TemporalConversions.ToDate(date);
        }

        if (map.TryGet("time", out var time) && !time.IsNull)
        {
            baseNano = TemporalConversions.ToLocalTime(time).NanoOfDay;
        }

        var datePart = BuildDatePart(map, baseDate);
        return (datePart, BuildTimePart(map, baseNano));
    }

    private static CypherDate BuildDatePart(MapValue map, CypherDate? baseDate)
    {
        long? Field(string key) => map.TryGet(key, out var value) && !value.IsNull ? RequireInteger(value, key) : null;
        var year = Field("year");
        if (year is null && baseDate is null)
        {
            throw Invalid("A date needs at least a year.");
        }

        if (map.ContainsKey("week") || (map.ContainsKey("dayOfWeek") && !map.ContainsKey("month") && !map.ContainsKey("day")))
        {
            var (baseWeekYear, baseWeek) = baseDate is null ? (0L, 1) : CivilCalendar.IsoWeek(baseDate.EpochDay);
            var dayOfWeek = Field("dayOfWeek") ?? (baseDate is null ? 1 : CivilCalendar.DayOfWeek(baseDate.EpochDay));
            return FromWeek(year ?? baseWeekYear, Field("week") ?? baseWeek, dayOfWeek);
        }

        if (map.ContainsKey("ordinalDay"))
        {
            return FromOrdinal(year ?? baseDate!.Year, Field("ordinalDay")!.Value);
        }

        if (map.ContainsKey("quarter") || map.ContainsKey("dayOfQuarter"))
        {
            var baseYear = baseDate?.Year ?? 0;
            var baseQuarter = baseDate is null ? 1 : CivilCalendar.QuarterOf(baseDate.Month);
            var baseDayOfQuarter = baseDate is null ? 1 : baseDate.EpochDay - FromQuarter(baseYear, baseQuarter, 1).EpochDay + 1;
            return FromQuarter(year ?? baseYear, Field("quarter") ?? baseQuarter, Field("dayOfQuarter") ?? baseDayOfQuarter);
        }

        return FromCalendar(year ?? baseDate!.Year, Field("month") ?? baseDate?.Month ?? 1, Field("day") ?? baseDate?.Day ?? 1);
    }

    private static long BuildTimePart(MapValue map, long? baseNano)
    {
        long? Field(string key) => map.TryGet(key, out var value) && !value.IsNull ? RequireInteger(value, key) : null;
        var hour = Field("hour");
        var minute = Field("minute");
        var second = Field("second");
        var subSecond = SubSecondNanos(map);
        if (baseNano is { } nano)
        {
            return NanoOfDay(
                hour ?? nano / CivilCalendar.NanosPerHour,
                minute ?? nano / CivilCalendar.NanosPerMinute % 60,
                second ?? nano / CivilCalendar.NanosPerSecond % 60,
                subSecond is null ? nano % CivilCalendar.NanosPerSecond : MergeSubSecond(map, nano % CivilCalendar.NanosPerSecond));
        }

        if (hour is null && (minute is not null || second is not null || subSecond is not null))
        {
            throw Invalid("A time with minutes or seconds needs an hour.");
        }

        if (minute is null && (second is not null))
        {
            throw Invalid("A time with seconds needs minutes.");
        }

        return NanoOfDay(hour ?? 0, minute ?? 0, second ?? 0, subSecond ?? 0);
    }

    /// <summary>Sub-second fields given in the map replace only their own unit; the others keep the base value's.</summary>
    private static long MergeSubSecond(MapValue map, long baseSubSecond)
    {
        long? Field(string key) => map.TryGet(key, out var value) && !value.IsNull ? RequireInteger(value, key) : null;
        var millis = Field("millisecond");
        var micros = Field("microsecond");
        var nanos = Field("nanosecond");
        if (millis is null && micros is null && nanos is > 999)
        {
            return SubSecondNanos(map)!.Value;
        }

        if (millis is null && micros is > 999 && nanos is null)
        {
            return SubSecondNanos(map)!.Value + (baseSubSecond % 1000);
        }

        return ((millis ?? baseSubSecond / 1_000_000) * 1_000_000) + ((micros ?? baseSubSecond / 1000 % 1000) * 1000) + (nanos ?? baseSubSecond % 1000);
    }

    private static long? SubSecondNanos(MapValue map)
    {
        long? Field(string key) => map.TryGet(key, out var value) && !value.IsNull ? RequireInteger(value, key) : null;
        var millis = Field("millisecond");
        var micros = Field("microsecond");
        var nanos = Field("nanosecond");
        if (millis is null && micros is null && nanos is null)
        {
            return null;
        }

        if (millis is < 0 or > 999 || (micros is { } m && (m < 0 || m > (millis is null ? 999_999 : 999)))
            || (nanos is { } n && (n < 0 || n > (millis is null && micros is null ? 999_999_999 : 999))))
        {
            throw Invalid("Sub-second fields are out of range.");
        }

        return ((millis ?? 0) * 1_000_000) + ((micros ?? 0) * 1000) + (nanos ?? 0);
    }

    private static bool HasAnyTimeField(MapValue map) => map.Keys.Any(TimeKeys.Contains);

    private static bool HasAnyDateField(MapValue map) => map.Keys.Any(DateKeys.Contains);

    private static void CheckKeys(MapValue map, HashSet<string> fields, params string[] extra)
    {
        foreach (var key in map.Keys)
        {
            if (!fields.Contains(key) && Array.IndexOf(extra, key) < 0)
            {
                throw Invalid($"'{key}' is not a field of this temporal type.");
            }
        }
    }

    private static long RequireInteger(Value value, string key) => value.Kind == ValueKind.Integer
        ? value.AsInteger()
        : throw CypherException.Type("InvalidArgumentType", $"Temporal field '{key}' must be an integer, not {value}.");

    private static string RequireString(Value value, string key) => value.Kind == ValueKind.String
        ? value.AsString()
        : throw CypherException.Type("InvalidArgumentType", $"Temporal field '{key}' must be a string, not {value}.");

    private static void CheckYear(long year)
    {
        if (year < CivilCalendar.MinYear || year > CivilCalendar.MaxYear)
        {
            throw Invalid($"Invalid value for year: {year} (valid values -999999999 - 999999999).");
        }
    }

    private static CypherException Invalid(string message) => CypherException.Argument("InvalidArgumentValue", message);
}
