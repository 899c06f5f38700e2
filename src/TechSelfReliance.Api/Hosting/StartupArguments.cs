namespace TechSelfReliance.Api.Hosting;

/// <summary>The service's own command-line switches (<c>--reseed</c>), taken out before the host reads the rest.</summary>
public sealed record StartupArguments(bool Reseed, string[] Remaining)
{
    public static StartupArguments Parse(string[] args)
    {
        var reseed = args.Any(a => a is "--reseed" or "--reseed=true");
        return new StartupArguments(reseed, args.Where(a => !a.StartsWith("--reseed", StringComparison.Ordinal)).ToArray());
    }
}
