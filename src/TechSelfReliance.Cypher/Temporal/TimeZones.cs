using System.Collections.Concurrent;
using System.Globalization;
using TechSelfReliance.Cypher.Errors;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Temporal;

/// <summary>
/// Offsets and named zones (IANA ids from the system's tz database, a folded zone answered by the zone it
/// folds into, as Java's data does: see <see cref="FoldedZones"/>). Local times in a gap move forward by
/// the gap; in an overlap the earlier offset wins — the rules Java's ZonedDateTime (and so Neo4j) follow.
/// Thread-safe: the zone cache is concurrent.
/// </summary>
internal static class TimeZones
{
    private static readonly ConcurrentDictionary<string, ZoneRules?> Zones = new(StringComparer.Ordinal);
    private const long SecondsPerDay = 86_400;

    public static bool IsOffset(string text) => text.Length > 0 && (text[0] is '+' or '-' || text is "Z" or "z");

    /// <summary>Parses Z, ±HH, ±HHMM, ±HH:MM, ±HH:MM:SS, ±HHMMSS into seconds east of UTC.</summary>
    public static int ParseOffset(string text)
    {
        if (text is "Z" or "z")
        {
            return 0;
        }

        var sign = text[0] == '-' ? -1 : 1;
        var digits = text[1..].Replace(":", string.Empty, StringComparison.Ordinal);
        if (digits.Length is not (2 or 4 or 6) || !digits.All(char.IsAsciiDigit))
        {
            throw InvalidZone(text);
        }

        var hours = int.Parse(digits[..2], CultureInfo.InvariantCulture);
        var minutes = digits.Length >= 4 ? int.Parse(digits[2..4], CultureInfo.InvariantCulture) : 0;
        var seconds = digits.Length == 6 ? int.Parse(digits[4..6], CultureInfo.InvariantCulture) : 0;
        if (hours > 18 || minutes > 59 || seconds > 59 || (hours == 18 && (minutes > 0 || seconds > 0)))
        {
            throw InvalidZone(text);
        }

        return sign * ((hours * 3600) + (minutes * 60) + seconds);
    }

    /// <summary>The offset a zone has at a UTC instant, to the second where its history has seconds.</summary>
    public static int OffsetAtInstant(string zoneId, long utcEpochSecond) =>
        (Zones.GetOrAdd(zoneId, ZoneRules.Load) ?? throw InvalidZone(zoneId)).OffsetAt(utcEpochSecond);

    /// <summary>
    /// The offset for a local date-time in a zone, resolving gaps and overlaps like Java does: in an overlap the
    /// earlier instant (the larger offset); in a gap the offset before it, which <see cref="AtZone"/> then turns
    /// into a move forward by the gap's length.
    /// </summary>
    public static int OffsetForLocal(string zoneId, long localEpochSecond)
    {
        // a local time can only carry an offset in force within a day of it
        var before = OffsetAtInstant(zoneId, localEpochSecond - SecondsPerDay);
        var after = OffsetAtInstant(zoneId, localEpochSecond + SecondsPerDay);
        var beforeHolds = OffsetAtInstant(zoneId, localEpochSecond - before) == before;
        var afterHolds = OffsetAtInstant(zoneId, localEpochSecond - after) == after;
        return (beforeHolds, afterHolds) switch
        {
            (true, true) => Math.Max(before, after),
            (false, true) => after,
            _ => before,
        };
    }

    /// <summary>Builds a zoned date-time from a local clock reading, moving it out of a gap if needed.</summary>
    public static CypherDateTime AtZone(CypherLocalDateTime local, string zoneId)
    {
        var offset = OffsetForLocal(zoneId, local.EpochSecond);
        var utc = local.EpochSecond - offset;
        var actual = OffsetAtInstant(zoneId, utc);
        if (actual != offset)
        {
            return FromInstant(utc, local.Nano, zoneId);
        }

        return new CypherDateTime(local, offset, zoneId);
    }

    public static CypherDateTime FromInstant(long utcEpochSecond, int nano, string zoneId)
    {
        var offset = OffsetAtInstant(zoneId, utcEpochSecond);
        return new CypherDateTime(CypherLocalDateTime.FromEpochSecond(utcEpochSecond + offset, nano), offset, zoneId);
    }

    public static CypherException InvalidZone(string text) =>
        CypherException.Argument("InvalidArgumentValue", $"'{text}' is not a valid time zone.");
}
