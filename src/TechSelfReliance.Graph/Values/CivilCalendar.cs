namespace TechSelfReliance.Graph.Values;

/// <summary>
/// Proleptic Gregorian calendar arithmetic over the whole range Cypher allows (years ±999,999,999),
/// which is far wider than <see cref="DateOnly"/>. Days are counted from 1970-01-01.
/// </summary>
public static class CivilCalendar
{
    public const long NanosPerSecond = 1_000_000_000L;
    public const long NanosPerMinute = 60 * NanosPerSecond;
    public const long NanosPerHour = 60 * NanosPerMinute;
    public const long NanosPerDay = 24 * NanosPerHour;
    public const long SecondsPerDay = 86_400;
    public const long MinYear = -999_999_999;
    public const long MaxYear = 999_999_999;

    public static bool IsLeapYear(long year) => year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);

    public static int DaysInMonth(long year, int month) => month switch
    {
        2 => IsLeapYear(year) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    public static int DaysInYear(long year) => IsLeapYear(year) ? 366 : 365;

    /// <summary>Days from 1970-01-01 to the given civil date (era-based method on 400-year cycles).</summary>
    public static long ToEpochDay(long year, int month, int day)
    {
        var y = month <= 2 ? year - 1 : year;
        var era = FloorDiv(y, 400);
        var yearOfEra = y - (era * 400);
        var shiftedMonth = month > 2 ? month - 3 : month + 9;
        var dayOfYear = ((153 * shiftedMonth) + 2) / 5 + day - 1;
        var dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
        return (era * 146_097) + dayOfEra - 719_468;
    }

    public static (long Year, int Month, int Day) FromEpochDay(long epochDay)
    {
        var z = epochDay + 719_468;
        var era = FloorDiv(z, 146_097);
        var dayOfEra = z - (era * 146_097);
        var yearOfEra = (dayOfEra - (dayOfEra / 1460) + (dayOfEra / 36_524) - (dayOfEra / 146_096)) / 365;
        var year = yearOfEra + (era * 400);
        var dayOfYear = dayOfEra - ((365 * yearOfEra) + (yearOfEra / 4) - (yearOfEra / 100));
        var mp = ((5 * dayOfYear) + 2) / 153;
        var day = (int)(dayOfYear - (((153 * mp) + 2) / 5) + 1);
        var month = (int)(mp < 10 ? mp + 3 : mp - 9);
        return (month <= 2 ? year + 1 : year, month, day);
    }

    /// <summary>ISO day of week: Monday is 1, Sunday is 7.</summary>
    public static int DayOfWeek(long epochDay) => (int)(FloorMod(epochDay + 3, 7) + 1);

    public static int DayOfYear(long epochDay)
    {
        var (year, _, _) = FromEpochDay(epochDay);
        return (int)(epochDay - ToEpochDay(year, 1, 1)) + 1;
    }

    /// <summary>The Monday that starts ISO week 1 of the given week-based year.</summary>
    public static long WeekYearStart(long weekYear)
    {
        var jan4 = ToEpochDay(weekYear, 1, 4);
        return jan4 - (DayOfWeek(jan4) - 1);
    }

    public static (long WeekYear, int Week) IsoWeek(long epochDay)
    {
        var (year, _, _) = FromEpochDay(epochDay);
        var start = WeekYearStart(year + 1);
        if (epochDay >= start)
        {
            return (year + 1, 1);
        }

        start = WeekYearStart(year);
        if (epochDay < start)
        {
            start = WeekYearStart(year - 1);
            return (year - 1, (int)((epochDay - start) / 7) + 1);
        }

        return (year, (int)((epochDay - start) / 7) + 1);
    }

    public static int WeeksInWeekYear(long weekYear) => (int)((WeekYearStart(weekYear + 1) - WeekYearStart(weekYear)) / 7);

    public static int QuarterOf(int month) => ((month - 1) / 3) + 1;

    public static long FloorDiv(long a, long b)
    {
        var q = a / b;
        return (a % b != 0) && ((a < 0) != (b < 0)) ? q - 1 : q;
    }

    public static long FloorMod(long a, long b) => a - (FloorDiv(a, b) * b);

    public static string FormatYear(long year)
    {
        if (year is >= 0 and <= 9999)
        {
            return year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
        }

        if (year is < 0 and > -10000)
        {
            return "-" + (-year).ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
        }

        return (year > 0 ? "+" : "-") + Math.Abs(year).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>HH:mm[:ss[.fffffffff]] with the fraction's trailing zeros trimmed, as Neo4j prints times.</summary>
    public static string FormatTimeOfDay(long nanoOfDay)
    {
        var hour = nanoOfDay / NanosPerHour;
        var minute = nanoOfDay / NanosPerMinute % 60;
        var second = nanoOfDay / NanosPerSecond % 60;
        var nano = nanoOfDay % NanosPerSecond;
        var text = $"{hour:D2}:{minute:D2}";
        if (second == 0 && nano == 0)
        {
            return text;
        }

        text += $":{second:D2}";
        return nano == 0 ? text : text + "." + nano.ToString("D9", System.Globalization.CultureInfo.InvariantCulture).TrimEnd('0');
    }

    public static string FormatOffset(int offsetSeconds)
    {
        if (offsetSeconds == 0)
        {
            return "Z";
        }

        var sign = offsetSeconds < 0 ? '-' : '+';
        var abs = Math.Abs(offsetSeconds);
        var text = $"{sign}{abs / 3600:D2}:{abs / 60 % 60:D2}";
        return abs % 60 == 0 ? text : text + $":{abs % 60:D2}";
    }
}
