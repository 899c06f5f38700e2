namespace TechSelfReliance.Api.Security;

/// <summary>Who may write, which origins may call, and how much (configuration section "Security").</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>The token that allows writes (Bearer token, or the password of Basic auth). Empty: writes are off.</summary>
    public string WriteToken { get; set; } = string.Empty;

    /// <summary>Origins allowed to call from a browser on another site. Empty: none.</summary>
    public string[] AllowedOrigins { get; set; } = [];

    public long MaxRequestBodyBytes { get; set; } = 1 << 20;

    public RateLimitOptions RateLimit { get; set; } = new();
}
