using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Temporal;

/// <summary>
/// Reads the ISO 8601 text forms of Cypher's temporal types, as wire formats (Neo4j's typed JSON) carry them.
/// Invalid text raises a <see cref="Errors.CypherException"/> of class ArgumentError. Thread-safe.
/// </summary>
public static class TemporalText
{
    public static CypherDate ParseDate(string text) => TemporalParser.ParseDate(text);

    public static CypherLocalTime ParseLocalTime(string text) => TemporalParser.ParseLocalTime(text);

    /// <summary>A time with an offset (a missing offset means UTC).</summary>
    public static CypherTime ParseTime(string text) => TemporalParser.ParseZonedTime(text, static () => 0);

    public static CypherLocalDateTime ParseLocalDateTime(string text) => TemporalParser.ParseLocalDateTime(text);

    /// <summary>A date-time with an offset, a zone, or both (a missing one means UTC).</summary>
    public static CypherDateTime ParseDateTime(string text) => TemporalParser.ParseDateTime(text, static () => "Z");

    public static CypherDuration ParseDuration(string text) => TemporalParser.ParseDuration(text);
}
