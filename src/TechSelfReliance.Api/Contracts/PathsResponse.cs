namespace TechSelfReliance.Api.Contracts;

/// <summary>The k shortest simple paths between two nodes, shortest first, with the elements to draw them.</summary>
public sealed record PathsResponse(NodeSummary From, NodeSummary To, int K, int MaxHops, string Direction, IReadOnlyList<PathView> Paths, GraphElements Elements);
