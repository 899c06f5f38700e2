namespace TechSelfReliance.Api.Contracts;

/// <summary>Whether the service and its backend can serve.</summary>
public sealed record HealthResponse(string Status, string Backend, string Detail, double UptimeSeconds, IReadOnlyDictionary<string, object>? Data);
