namespace TechSelfReliance.Graph.Values;

/// <summary>A time of day with a fixed offset from UTC.</summary>
public sealed record CypherTime(long NanoOfDay, int OffsetSeconds)
{
    /// <summary>The time of day in UTC, in nanoseconds, possibly outside one day; used for ordering.</summary>
    public long UtcNanos => NanoOfDay - (OffsetSeconds * CivilCalendar.NanosPerSecond);

    public override string ToString() => CivilCalendar.FormatTimeOfDay(NanoOfDay) + CivilCalendar.FormatOffset(OffsetSeconds);
}
