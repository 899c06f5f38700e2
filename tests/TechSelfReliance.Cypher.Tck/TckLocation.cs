namespace TechSelfReliance.Cypher.Tck;

/// <summary>
/// Where the TCK feature files are: TCK_PATH if set, else ../shared/tck next to the repository root
/// (the folder that holds TechSelfReliance.sln).
/// </summary>
internal static class TckLocation
{
    public static string Root()
    {
        if (Environment.GetEnvironmentVariable("TCK_PATH") is { Length: > 0 } configured)
        {
            return Path.GetFullPath(configured);
        }

        return Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared", "tck"));
    }

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "TechSelfReliance.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Cannot find the repository root (TechSelfReliance.sln) above " + AppContext.BaseDirectory);
    }
}
