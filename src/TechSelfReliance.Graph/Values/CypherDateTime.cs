namespace TechSelfReliance.Graph.Values;

/// <summary>
/// A date and time at a place: the local clock reading, its offset from UTC, and optionally the zone id
/// (e.g. <c>Europe/Stockholm</c>) that produced the offset.
/// </summary>
public sealed record CypherDateTime(CypherLocalDateTime Local, int OffsetSeconds, string? ZoneId)
{
    /// <summary>Seconds since the Unix epoch in UTC.</summary>
    public long EpochSecondUtc => Local.EpochSecond - OffsetSeconds;

    public int Nano => Local.Nano;

    public override string ToString()
    {
        var text = Local + CivilCalendar.FormatOffset(OffsetSeconds);
        return ZoneId is null ? text : $"{text}[{ZoneId}]";
    }
}
