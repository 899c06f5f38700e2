using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Api.QueryApi;

/// <summary>A Query API request body: the statement, its parameters, whether to report counters, and the access mode asked for.</summary>
public sealed record QueryRequest(string? Statement, IReadOnlyDictionary<string, Value> Parameters, bool IncludeCounters, string? AccessMode)
{
    public bool AsksForRead => string.Equals(AccessMode, "READ", StringComparison.OrdinalIgnoreCase);
}
