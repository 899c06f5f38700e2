using TechSelfReliance.Cypher.Errors;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Temporal;

/// <summary>Takes the parts a temporal value has (its date, its time of day, its offset) for building another.</summary>
internal static class TemporalConversions
{
    public static CypherDate ToDate(Value value) => value.Kind switch
    {
        ValueKind.Date => value.AsDate(),
        ValueKind.LocalDateTime => value.AsLocalDateTime().Date,
        ValueKind.DateTime => value.AsDateTime().Local.Date,
        _ => throw CypherException.Type("InvalidArgumentType", $"Cannot take a date from {value}."),
    };

    public static CypherLocalTime ToLocalTime(Value value) => value.Kind switch
    {
        ValueKind.LocalTime => value.AsLocalTime(),
        ValueKind.Time => new CypherLocalTime(value.AsTime().NanoOfDay),
        ValueKind.LocalDateTime => value.AsLocalDateTime().Time,
        ValueKind.DateTime => value.AsDateTime().Local.Time,
        _ => throw CypherException.Type("InvalidArgumentType", $"Cannot take a time from {value}."),
    };

    public static bool HasDate(Value value) => value.Kind is ValueKind.Date or ValueKind.LocalDateTime or ValueKind.DateTime;

    public static bool HasTime(Value value) => value.Kind is ValueKind.LocalTime or ValueKind.Time or ValueKind.LocalDateTime or ValueKind.DateTime;

    /// <summary>The UTC offset a value carries, if it has one.</summary>
    public static int? OffsetOf(Value value) => value.Kind switch
    {
        ValueKind.Time => value.AsTime().OffsetSeconds,
        ValueKind.DateTime => value.AsDateTime().OffsetSeconds,
        _ => null,
    };
}
