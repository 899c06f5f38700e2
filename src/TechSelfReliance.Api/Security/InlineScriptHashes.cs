using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace TechSelfReliance.Api.Security;

/// <summary>
/// The CSP sources ('sha256-…') of the inline scripts of the web UI's page: only its import map, which
/// browsers cannot load from a file. Computed once from the page as served. Thread-safe (immutable).
/// </summary>
public sealed partial class InlineScriptHashes
{
    public InlineScriptHashes(IWebHostEnvironment environment)
    {
        var page = environment.WebRootFileProvider.GetFileInfo("index.html");
        if (!page.Exists)
        {
            Sources = string.Empty;
            return;
        }

        using var reader = new StreamReader(page.CreateReadStream(), Encoding.UTF8);
        var html = reader.ReadToEnd();
        Sources = string.Join(' ', InlineScript().Matches(html)
            .Select(m => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(m.Groups["body"].Value)))}'"));
    }

    /// <summary>Space-separated hash sources, empty when the page has no inline script.</summary>
    public string Sources { get; }

    [GeneratedRegex("<script type=\"importmap\">(?<body>.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex InlineScript();
}
