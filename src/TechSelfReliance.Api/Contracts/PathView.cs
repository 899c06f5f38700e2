namespace TechSelfReliance.Api.Contracts;

/// <summary>A path told as a cited argument: its nodes, and every hop with its relationship and evidence.</summary>
public sealed record PathView(int Length, double Strength, IReadOnlyList<NodeSummary> Nodes, IReadOnlyList<HopView> Hops);

/// <summary>One hop: from, to, the relationship taken ("forward" along its arrow or "backward"), and a sentence that reads it.</summary>
public sealed record HopView(NodeSummary From, NodeSummary To, RelationshipView Relationship, string Direction, string Statement);
