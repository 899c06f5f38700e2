using TechSelfReliance.Backend.Neo4j;
using TechSelfReliance.Testing;

namespace TechSelfReliance.Backend.Tests;

/// <summary>
/// Target 2: the Neo4j backend pointed at our own server's Query API on a real loopback port, so the HTTP
/// client, the typed JSON codec both ways and the server's endpoint are exercised on every run.
/// </summary>
public sealed class OwnServerTarget : IBackendTarget
{
    private readonly ApiFactory _server = new();
    private Neo4jBackend? _backend;
    private HttpClient? _http;

    public IGraphBackend Backend => _backend!;

    public ValueTask InitializeAsync()
    {
        var address = _server.StartOnLoopback();
        _http = new HttpClient();
        _backend = new Neo4jBackend(_http, new Neo4jOptions { Uri = address.ToString(), User = "neo4j", Password = ApiFactory.WriteToken });
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        _http?.Dispose();
        await _server.DisposeAsync();
    }
}
