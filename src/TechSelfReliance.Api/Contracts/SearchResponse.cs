namespace TechSelfReliance.Api.Contracts;

public sealed record SearchResponse(string Query, IReadOnlyList<SearchResult> Results);

public sealed record SearchResult(string Id, string Name, string Kind, IReadOnlyList<string> Labels, double Score, string Matched);
