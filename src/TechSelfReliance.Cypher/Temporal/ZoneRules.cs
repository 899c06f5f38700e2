namespace TechSelfReliance.Cypher.Temporal;

/// <summary>
/// What answers for one named zone: the system zone (after folding, see <see cref="FoldedZones"/>) and, where
/// its file could be read, its history to the second. Immutable, so shared by every query.
/// </summary>
internal sealed class ZoneRules(TimeZoneInfo zone, ZoneHistory? history)
{
    private static readonly long MinSupported = new DateTime(1, 1, 2).Ticks;
    private static readonly long MaxSupported = new DateTime(9999, 12, 30).Ticks;

    /// <summary>The rules of a zone id, or null when the system has no such zone.</summary>
    public static ZoneRules? Load(string zoneId)
    {
        var rulesId = FoldedZones.RulesFor(zoneId);
        try
        {
            return new ZoneRules(TimeZoneInfo.FindSystemTimeZoneById(rulesId), ZoneHistory.Load(rulesId));
        }
        catch (Exception error) when (error is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return null;
        }
    }

    /// <summary>The offset in seconds at a UTC instant: from the history before its last transition, else from .NET.</summary>
    public int OffsetAt(long utcEpochSecond)
    {
        if (history is not null && history.TryOffsetAt(utcEpochSecond, out var exact))
        {
            return exact;
        }

        var ticks = Math.Clamp(DateTime.UnixEpoch.Ticks + (utcEpochSecond * TimeSpan.TicksPerSecond), MinSupported, MaxSupported);
        return (int)zone.GetUtcOffset(new DateTime(ticks, DateTimeKind.Utc)).TotalSeconds;
    }
}
