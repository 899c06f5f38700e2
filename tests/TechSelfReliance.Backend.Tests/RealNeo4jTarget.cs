using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;
using TechSelfReliance.Backend.Neo4j;
using TechSelfReliance.Backend.Seeding;

namespace TechSelfReliance.Backend.Tests;

/// <summary>
/// Target 3: a real Neo4j 5, when one can be had: the server at NEO4J_TEST_URI (NEO4J_TEST_USER,
/// NEO4J_TEST_PASSWORD), else a neo4j:5 container through Testcontainers when a Docker engine answers.
/// Otherwise every test of this target is reported as skipped, with the reason.
/// </summary>
public sealed class RealNeo4jTarget : IBackendTarget
{
    private const string ContainerPassword = "contract-test-password";
    private IContainer? _container;
    private HttpClient? _http;
    private Neo4jBackend? _backend;
    private string _unavailable = string.Empty;

    public IGraphBackend Backend
    {
        get
        {
            if (_backend is null)
            {
                Assert.Skip(_unavailable);
            }

            return _backend!;
        }
    }

    public async ValueTask InitializeAsync()
    {
        var uri = Environment.GetEnvironmentVariable("NEO4J_TEST_URI");
        var user = Environment.GetEnvironmentVariable("NEO4J_TEST_USER") ?? "neo4j";
        var password = Environment.GetEnvironmentVariable("NEO4J_TEST_PASSWORD") ?? string.Empty;
        if (string.IsNullOrWhiteSpace(uri))
        {
            if (!DockerEngineAnswers(out var why))
            {
                _unavailable = $"No real Neo4j here: NEO4J_TEST_URI is not set and {why}. Set NEO4J_TEST_URI (with NEO4J_TEST_USER and NEO4J_TEST_PASSWORD) or run where Docker is available.";
                return;
            }

            _container = new ContainerBuilder("neo4j:5")
                .WithEnvironment("NEO4J_AUTH", $"neo4j/{ContainerPassword}")
                .WithPortBinding(7474, assignRandomHostPort: true)
                .WithWaitStrategy(Wait.ForUnixContainer().UntilHttpRequestIsSucceeded(request => request.ForPort(7474)))
                .Build();
            await _container.StartAsync();
            uri = $"http://{_container.Hostname}:{_container.GetMappedPublicPort(7474)}";
            password = ContainerPassword;
        }

        _http = new HttpClient();
        _backend = new Neo4jBackend(_http, new Neo4jOptions { Uri = uri, User = user, Password = password });
        var health = await _backend.CheckHealthAsync();
        if (!health.Healthy)
        {
            _unavailable = $"Neo4j at {uri} does not answer: {health.Detail}";
            _backend = null;
            return;
        }

        var count = await _backend.RunAsync("MATCH (n) RETURN count(n)");
        if (count.Rows[0][0].AsInteger() == 0)
        {
            await new SeedLoader(_backend).LoadAsync(SeedLoader.Locate()!);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _http?.Dispose();
        if (_container is not null)
        {
            await _container.DisposeAsync();
        }
    }

    private static bool DockerEngineAnswers(out string why)
    {
        var host = Environment.GetEnvironmentVariable("DOCKER_HOST");
        if (!string.IsNullOrEmpty(host))
        {
            why = string.Empty;
            return true;
        }

        if (!File.Exists("/var/run/docker.sock"))
        {
            why = "no Docker engine runs here (DOCKER_HOST is unset and /var/run/docker.sock does not exist)";
            return false;
        }

        why = string.Empty;
        return true;
    }
}
