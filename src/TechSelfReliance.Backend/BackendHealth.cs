namespace TechSelfReliance.Backend;

/// <summary>Whether a backend can serve queries now, with a short human-readable detail.</summary>
public sealed record BackendHealth(bool Healthy, string Backend, string Detail, IReadOnlyDictionary<string, object>? Data = null);
