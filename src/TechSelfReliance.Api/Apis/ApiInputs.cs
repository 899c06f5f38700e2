using TechSelfReliance.Analytics.Projection;

namespace TechSelfReliance.Api.Apis;

/// <summary>
/// Checks query-string inputs of the product API against the graph and collects what is wrong, per
/// parameter, for a validation problem. Not thread-safe; one per request.
/// </summary>
public sealed class ApiInputs(GraphProjection graph)
{
    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    public bool Valid => _errors.Count == 0;

    public IDictionary<string, string[]> Errors => _errors;

    public int Range(string name, int? value, int fallback, int min, int max)
    {
        var actual = value ?? fallback;
        if (actual < min || actual > max)
        {
            Fail(name, $"'{name}' must be between {min} and {max}; it was {actual}.");
        }

        return actual;
    }

    public TraversalDirection Direction(string? value)
    {
        switch (value?.Trim().ToLowerInvariant())
        {
            case null or "" or "both":
                return TraversalDirection.Both;
            case "out" or "outgoing":
                return TraversalDirection.Outgoing;
            case "in" or "incoming":
                return TraversalDirection.Incoming;
            default:
                Fail("direction", $"'direction' must be both, out or in; it was '{value}'.");
                return TraversalDirection.Both;
        }
    }

    /// <summary>A comma-separated list of relationship types, each one the graph has; null means all.</summary>
    public IReadOnlySet<string>? Types(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var types = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var unknown = types.Where(t => !graph.RelationshipTypes.Contains(t, StringComparer.Ordinal)).ToArray();
        if (unknown.Length > 0)
        {
            Fail("types", $"Unknown relationship type(s): {string.Join(", ", unknown)}. Known: {string.Join(", ", graph.RelationshipTypes)}.");
        }

        return types;
    }

    public string? Label(string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value == "*")
        {
            return null;
        }

        if (!graph.Labels.Contains(value, StringComparer.Ordinal))
        {
            Fail(name, $"Unknown label '{value}'. Known: {string.Join(", ", graph.Labels)}.");
        }

        return value;
    }

    public string Required(string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Fail(name, $"'{name}' is required.");
            return string.Empty;
        }

        return value;
    }

    public void Fail(string name, string message) => _errors[name] = [.. _errors.GetValueOrDefault(name) ?? [], message];
}
