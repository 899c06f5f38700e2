namespace TechSelfReliance.Api.Contracts;

/// <summary>Everything about one node, with its relationships and their evidence.</summary>
public sealed record NodeDetails(
    string Id,
    string ElementId,
    string Name,
    string Kind,
    IReadOnlyList<string> Labels,
    IReadOnlyDictionary<string, object?> Properties,
    int Degree,
    IReadOnlyList<RelationshipView> Relationships);
