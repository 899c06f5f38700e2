using System.Globalization;
using System.Text.RegularExpressions;
using TechSelfReliance.Cypher.Errors;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Temporal;

/// <summary>Parses the ISO 8601 forms Cypher accepts for dates, times, date-times, offsets, zones and durations.</summary>
internal static partial class TemporalParser
{
    [GeneratedRegex(@"^(?<year>\d{4}|[+-]\d{4,9})(?:-?(?:W(?<week>\d{2})(?:-?(?<dow>\d))?|(?<month>\d{2})(?:-?(?<day>\d{2}))?|(?<ordinal>\d{3})))?$", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^(?<hour>\d{2})(?::?(?<minute>\d{2})(?::?(?<second>\d{2})(?:[.,](?<fraction>\d{1,9}))?)?)?(?<offset>Z|z|[+-]\d{2}(?::?\d{2}(?::?\d{2})?)?)?(?:\[(?<zone>[^\]]+)\])?$", RegexOptions.CultureInvariant)]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"^(?<sign>[-+]?)P(?:(?<years>[-+]?\d+(?:[.,]\d+)?)Y)?(?:(?<months>[-+]?\d+(?:[.,]\d+)?)M)?(?:(?<weeks>[-+]?\d+(?:[.,]\d+)?)W)?(?:(?<days>[-+]?\d+(?:[.,]\d+)?)D)?(?:T(?:(?<hours>[-+]?\d+(?:[.,]\d+)?)H)?(?:(?<minutes>[-+]?\d+(?:[.,]\d+)?)M)?(?:(?<seconds>[-+]?\d+(?:[.,]\d+)?)S)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DurationPattern();

    [GeneratedRegex(@"^(?<sign>[-+]?)P(?<years>\d{4})-?(?<months>\d{2})-?(?<days>\d{2})T(?<hours>\d{2}):?(?<minutes>\d{2}):?(?<seconds>\d{2}(?:[.,]\d+)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex AlternativeDurationPattern();

    public static CypherDate ParseDate(string text)
    {
        var match = DatePattern().Match(text.Trim());
        if (!match.Success)
        {
            throw Invalid("date", text);
        }

        var year = long.Parse(match.Groups["year"].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        if (match.Groups["week"].Success)
        {
            var dow = match.Groups["dow"].Success ? Int(match, "dow") : 1;
            return TemporalBuilder.FromWeek(year, Int(match, "week"), dow);
        }

        if (match.Groups["ordinal"].Success)
        {
            return TemporalBuilder.FromOrdinal(year, Int(match, "ordinal"));
        }

        var month = match.Groups["month"].Success ? Int(match, "month") : 1;
        var day = match.Groups["day"].Success ? Int(match, "day") : 1;
        return TemporalBuilder.FromCalendar(year, month, day);
    }

    /// <summary>A time of day with its optional offset and zone.</summary>
    public static (long NanoOfDay, string? Offset, string? Zone) ParseTime(string text)
    {
        var match = TimePattern().Match(text.Trim());
        if (!match.Success)
        {
            throw Invalid("time", text);
        }

        var hour = Int(match, "hour");
        var minute = match.Groups["minute"].Success ? Int(match, "minute") : 0;
        var second = match.Groups["second"].Success ? Int(match, "second") : 0;
        var nano = match.Groups["fraction"].Success ? int.Parse(match.Groups["fraction"].Value.PadRight(9, '0'), CultureInfo.InvariantCulture) : 0;
        var nanoOfDay = TemporalBuilder.NanoOfDay(hour, minute, second, nano);
        return (nanoOfDay, match.Groups["offset"].Success ? match.Groups["offset"].Value : null, match.Groups["zone"].Success ? match.Groups["zone"].Value : null);
    }

    public static CypherLocalTime ParseLocalTime(string text)
    {
        var (nano, _, _) = ParseTime(text);
        return new CypherLocalTime(nano);
    }

    public static CypherTime ParseZonedTime(string text, Func<int> defaultOffset)
    {
        var (nano, offset, zone) = ParseTime(text);
        var seconds = offset is not null ? TimeZones.ParseOffset(offset)
            : zone is not null ? TimeZones.OffsetAtInstant(zone, DateTimeOffset.UtcNow.ToUnixTimeSeconds())
            : defaultOffset();
        return new CypherTime(nano, seconds);
    }

    public static CypherLocalDateTime ParseLocalDateTime(string text)
    {
        var (date, time) = SplitDateTime(text);
        var nano = time is null ? 0 : ParseTime(time).NanoOfDay;
        return new CypherLocalDateTime(ParseDate(date).EpochDay, nano);
    }

    public static CypherDateTime ParseDateTime(string text, Func<string> defaultZone)
    {
        var (date, time) = SplitDateTime(text);
        long nano = 0;
        string? offset = null;
        string? zone = null;
        if (time is not null)
        {
            (nano, offset, zone) = ParseTime(time);
        }

        var local = new CypherLocalDateTime(ParseDate(date).EpochDay, nano);
        if (zone is not null)
        {
            if (offset is null)
            {
                return TimeZones.AtZone(local, zone);
            }

            var given = TimeZones.ParseOffset(offset);
            var expected = TimeZones.OffsetAtInstant(zone, local.EpochSecond - given);
            return expected == given ? new CypherDateTime(local, given, zone) : TimeZones.FromInstant(local.EpochSecond - given, local.Nano, zone);
        }

        if (offset is not null)
        {
            return new CypherDateTime(local, TimeZones.ParseOffset(offset), null);
        }

        return TemporalBuilder.AtZoneText(local, defaultZone());
    }

    public static CypherDuration ParseDuration(string text)
    {
        var trimmed = text.Trim();
        var match = DurationPattern().Match(trimmed);
        if (!match.Success || trimmed.EndsWith('T') || trimmed == "P")
        {
            match = AlternativeDurationPattern().Match(trimmed);
            if (!match.Success)
            {
                throw Invalid("duration", text);
            }
        }

        var sign = match.Groups["sign"].Value == "-" ? -1m : 1m;
        decimal Part(string name) => match.Groups[name].Success
            ? sign * decimal.Parse(match.Groups[name].Value.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture)
            : 0m;

        return TemporalBuilder.Duration(
            months: (Part("years") * 12) + Part("months"),
            days: (Part("weeks") * 7) + Part("days"),
            seconds: (Part("hours") * 3600) + (Part("minutes") * 60) + Part("seconds"),
            nanos: 0m);
    }

    private static (string Date, string? Time) SplitDateTime(string text)
    {
        var trimmed = text.Trim();
        var index = trimmed.IndexOfAny(['T', 't']);
        return index < 0 ? (trimmed, null) : (trimmed[..index], trimmed[(index + 1)..]);
    }

    private static int Int(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    private static CypherException Invalid(string kind, string text) =>
        CypherException.Argument("InvalidArgumentValue", $"Text cannot be parsed to a {kind}: '{text}'.");
}
