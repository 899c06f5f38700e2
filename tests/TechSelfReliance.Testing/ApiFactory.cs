using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace TechSelfReliance.Testing;

/// <summary>
/// The real service, seeded, on an in-memory embedded store, with settings for tests layered over
/// appsettings.json. <see cref="StartOnLoopback"/> serves it on a real Kestrel port for out-of-process clients.
/// </summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    public const string WriteToken = "test-write-token";

    /// <summary>The base address once <see cref="StartOnLoopback"/> has run.</summary>
    public Uri? LoopbackAddress { get; private set; }

    private readonly Dictionary<string, string?> _settings = new()
    {
        ["Graph:InMemory"] = "true",
        ["Security:WriteToken"] = WriteToken,
        ["Security:RateLimit:PermitsPerWindow"] = "100000",
        ["Query:TimeoutSeconds"] = "2",
        ["Logging:LogLevel:Default"] = "Warning",
    };

    public ApiFactory(IReadOnlyDictionary<string, string?>? overrides = null)
    {
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    /// <summary>Serves on 127.0.0.1 at a free port and returns its base address.</summary>
    public Uri StartOnLoopback()
    {
        var port = FreePort();
        UseKestrel(port);
        StartServer();
        LoopbackAddress = new Uri($"http://127.0.0.1:{port}");
        return LoopbackAddress;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(_settings));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
