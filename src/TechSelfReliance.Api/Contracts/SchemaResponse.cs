namespace TechSelfReliance.Api.Contracts;

/// <summary>The graph's shape: labels, relationship types with the kinds they connect, property keys, and counts.</summary>
public sealed record SchemaResponse(
    string Backend,
    int NodeCount,
    int RelationshipCount,
    IReadOnlyList<LabelCount> Labels,
    IReadOnlyList<RelationshipTypeCount> RelationshipTypes,
    IReadOnlyList<string> PropertyKeys);

public sealed record LabelCount(string Label, int Count);

public sealed record RelationshipTypeCount(string Type, int Count, IReadOnlyList<KindPair> Connects);

/// <summary>The kinds of node a relationship type joins, in the direction of its arrow.</summary>
public sealed record KindPair(string From, string To, int Count);
