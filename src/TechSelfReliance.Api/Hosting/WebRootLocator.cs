namespace TechSelfReliance.Api.Hosting;

/// <summary>
/// Finds the web UI: <c>wwwroot</c> next to a published application, else the repository's <c>web/</c> folder
/// above the application or the working folder.
/// </summary>
public static class WebRootLocator
{
    public static string? Locate()
    {
        var published = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (File.Exists(Path.Combine(published, "index.html")))
        {
            return published;
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, "web");
                if (File.Exists(Path.Combine(candidate, "index.html")))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
