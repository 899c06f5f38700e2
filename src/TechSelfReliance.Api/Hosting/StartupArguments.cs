namespace TechSelfReliance.Api.Hosting;

/// <summary>
/// The service's own command-line switches, taken out before the host reads the rest: <c>--reseed</c>, and
/// <c>--health-probe &lt;url&gt;</c> (for container health checks in images without curl).
/// </summary>
public sealed record StartupArguments(bool Reseed, string? HealthProbeUrl, string[] Remaining)
{
    public static StartupArguments Parse(string[] args)
    {
        var reseed = args.Any(a => a is "--reseed" or "--reseed=true");
        var probe = Array.IndexOf(args, "--health-probe");
        var probeUrl = probe >= 0 && probe + 1 < args.Length ? args[probe + 1] : null;
        var remaining = args.Where((a, i) => !a.StartsWith("--reseed", StringComparison.Ordinal) && (probe < 0 || (i != probe && i != probe + 1))).ToArray();
        return new StartupArguments(reseed, probeUrl, remaining);
    }
}
