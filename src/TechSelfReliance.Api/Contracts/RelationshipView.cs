namespace TechSelfReliance.Api.Contracts;

/// <summary>A relationship with its provenance: the evidence sentence, the section of the source it is in, and the kind of source.</summary>
public sealed record RelationshipView(
    string Id,
    string Type,
    NodeSummary Start,
    NodeSummary End,
    string? Evidence,
    string? Section,
    string? Citation,
    double Weight,
    IReadOnlyDictionary<string, object?> Properties);
