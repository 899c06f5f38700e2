namespace TechSelfReliance.Api.Security;

/// <summary>A fixed window per client address.</summary>
public sealed class RateLimitOptions
{
    public int PermitsPerWindow { get; set; } = 600;

    public double WindowSeconds { get; set; } = 10;
}
