namespace TechSelfReliance.Graph.Values;

/// <summary>The kinds of value Cypher knows. The order is not significant; see the engine's orderability rules.</summary>
public enum ValueKind : byte
{
    Null,
    Boolean,
    Integer,
    Float,
    String,
    List,
    Map,
    Node,
    Relationship,
    Path,
    Date,
    LocalTime,
    Time,
    LocalDateTime,
    DateTime,
    Duration,
    Point,
}
