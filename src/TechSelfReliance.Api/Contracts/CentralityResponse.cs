namespace TechSelfReliance.Api.Contracts;

public sealed record CentralityResponse(string Algorithm, string? Label, IReadOnlyList<CentralityEntry> Results);

public sealed record CentralityEntry(NodeSummary Entity, double Score);
