namespace TechSelfReliance.Graph.Values;

/// <summary>A calendar date without time or zone, as days since 1970-01-01.</summary>
public sealed record CypherDate(long EpochDay)
{
    public long Year => CivilCalendar.FromEpochDay(EpochDay).Year;

    public int Month => CivilCalendar.FromEpochDay(EpochDay).Month;

    public int Day => CivilCalendar.FromEpochDay(EpochDay).Day;

    public static CypherDate Of(long year, int month, int day) => new(CivilCalendar.ToEpochDay(year, month, day));

    public override string ToString()
    {
        var (year, month, day) = CivilCalendar.FromEpochDay(EpochDay);
        return $"{CivilCalendar.FormatYear(year)}-{month:D2}-{day:D2}";
    }
}
