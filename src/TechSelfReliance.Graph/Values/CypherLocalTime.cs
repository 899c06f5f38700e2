namespace TechSelfReliance.Graph.Values;

/// <summary>A time of day without zone, as nanoseconds since midnight.</summary>
public sealed record CypherLocalTime(long NanoOfDay)
{
    public override string ToString() => CivilCalendar.FormatTimeOfDay(NanoOfDay);
}
