using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace TechSelfReliance.Api.Security;

/// <summary>
/// Decides a caller's access from the Authorization header. Without a header a caller is anonymous and may
/// only read. With a write token configured, <c>Bearer &lt;token&gt;</c> or Basic auth with the token as
/// password (what Neo4j tools send) allows writes, and any other credentials are rejected. With no token
/// configured writes are off and credentials are ignored, so Neo4j tools can still read. Thread-safe.
/// </summary>
public sealed class CallerAuthenticator(IOptions<SecurityOptions> options)
{
    public bool WritesEnabled => options.Value.WriteToken.Length > 0;

    public CallerAccess Authenticate(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (header.Length == 0 || !WritesEnabled)
        {
            return CallerAccess.Anonymous;
        }

        var presented = header switch
        {
            _ when header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) => header[7..].Trim(),
            _ when header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase) => BasicPassword(header[6..].Trim()),
            _ => null,
        };
        return presented is not null && Matches(presented) ? CallerAccess.Writer : CallerAccess.Rejected;
    }

    private bool Matches(string presented) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(options.Value.WriteToken));

    private static string? BasicPassword(string encoded)
    {
        try
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(encoded));
            var colon = decoded.IndexOf(':');
            return colon < 0 ? null : decoded[(colon + 1)..];
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
