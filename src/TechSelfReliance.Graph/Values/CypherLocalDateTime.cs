namespace TechSelfReliance.Graph.Values;

/// <summary>A date and time of day without zone.</summary>
public sealed record CypherLocalDateTime(long EpochDay, long NanoOfDay)
{
    public CypherDate Date => new(EpochDay);

    public CypherLocalTime Time => new(NanoOfDay);

    /// <summary>Seconds since 1970-01-01T00:00 on the local clock.</summary>
    public long EpochSecond => (EpochDay * CivilCalendar.SecondsPerDay) + (NanoOfDay / CivilCalendar.NanosPerSecond);

    public int Nano => (int)(NanoOfDay % CivilCalendar.NanosPerSecond);

    public static CypherLocalDateTime FromEpochSecond(long epochSecond, int nano)
    {
        var day = CivilCalendar.FloorDiv(epochSecond, CivilCalendar.SecondsPerDay);
        var secondOfDay = epochSecond - (day * CivilCalendar.SecondsPerDay);
        return new CypherLocalDateTime(day, (secondOfDay * CivilCalendar.NanosPerSecond) + nano);
    }

    public override string ToString() => $"{Date}T{CivilCalendar.FormatTimeOfDay(NanoOfDay)}";
}
