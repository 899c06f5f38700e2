namespace TechSelfReliance.Graph.Values;

/// <summary>A relationship's content detached from any transaction, carried by relationship values in query results.</summary>
public sealed record RelationshipData(
    string ElementId,
    string Type,
    long StartId,
    long EndId,
    string StartElementId,
    string EndElementId,
    MapValue Properties);
