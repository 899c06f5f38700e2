using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using TechSelfReliance.Api.Hosting;
using TechSelfReliance.Api.Security;
using TechSelfReliance.Backend.Neo4j;
using TechSelfReliance.Testing;
using YamlDotNet.RepresentationModel;

namespace TechSelfReliance.Api.Tests.Deployment;

/// <summary>
/// docker-compose.yml and the Dockerfile checked as far as a machine without a Docker engine can: they parse,
/// and their services, ports, health checks and environment agree with each other and with the service's
/// configuration keys. (Running them needs Docker; the README says what was run where.)
/// </summary>
public sealed class ComposeFileTests
{
    private static readonly string Root = Path.GetDirectoryName(ProcessRunner.SourceFolder("graph-seed"))!;

    private static YamlMappingNode Compose()
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(Path.Combine(Root, "docker-compose.yml"));
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static YamlMappingNode Service(string name) => (YamlMappingNode)((YamlMappingNode)Compose()["services"])[name];

    private static Dictionary<string, string> Environment(YamlMappingNode service) =>
        ((YamlMappingNode)service["environment"]).Children.ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => ((YamlScalarNode)p.Value).Value!);

    [Fact]
    public void Neo4j_service_is_Neo4j_5_with_auth_a_volume_a_health_check_and_the_http_port()
    {
        var neo4j = Service("neo4j");

        Assert.StartsWith("neo4j:5", ((YamlScalarNode)neo4j["image"]).Value);
        Assert.StartsWith("neo4j/${NEO4J_PASSWORD", Environment(neo4j)["NEO4J_AUTH"]);
        Assert.Contains(((YamlSequenceNode)neo4j["ports"]).Children, p => ((YamlScalarNode)p).Value!.EndsWith(":7474", StringComparison.Ordinal));
        Assert.Contains(((YamlSequenceNode)neo4j["volumes"]).Children, v => ((YamlScalarNode)v).Value!.EndsWith(":/data", StringComparison.Ordinal));
        Assert.Contains("cypher-shell", ((YamlMappingNode)neo4j["healthcheck"])["test"].ToString());
    }

    [Fact]
    public void Api_service_starts_after_Neo4j_is_healthy_and_points_at_it()
    {
        var api = Service("api");
        var environment = Environment(api);

        var dependsOn = (YamlMappingNode)((YamlMappingNode)api["depends_on"])["neo4j"];
        Assert.Equal("service_healthy", ((YamlScalarNode)dependsOn["condition"]).Value);
        Assert.Equal("Neo4j", environment["Graph__Backend"]);
        var uri = new Uri(environment["Neo4j__Uri"]);
        Assert.Equal("neo4j", uri.Host);
        Assert.Equal(7474, uri.Port);
        Assert.Equal(PasswordExpression(Environment(Service("neo4j"))["NEO4J_AUTH"]), environment["Neo4j__Password"]);
    }

    [Fact]
    public void Api_environment_binds_to_the_services_configuration()
    {
        var environment = Environment(Service("api"));
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(environment.ToDictionary(p => p.Key.Replace("__", ":", StringComparison.Ordinal), p => (string?)p.Value))
            .Build();
        var known = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Urls" };
        foreach (var (section, type) in new[] { (GraphOptions.Section, typeof(GraphOptions)), (Neo4jOptions.Section, typeof(Neo4jOptions)), (SecurityOptions.Section, typeof(SecurityOptions)), (QueryOptions.Section, typeof(QueryOptions)) })
        {
            foreach (var property in type.GetProperties())
            {
                known.Add($"{section}:{property.Name}");
            }
        }

        Assert.All(environment.Keys, key => Assert.Contains(key.Replace("__", ":", StringComparison.Ordinal), known));
        Assert.Equal("Neo4j", configuration.GetSection(GraphOptions.Section).Get<GraphOptions>()!.Backend);
        Assert.Equal("neo4j", configuration.GetSection(Neo4jOptions.Section).Get<Neo4jOptions>()!.User);
    }

    [Fact]
    public void Api_port_health_check_and_Dockerfile_agree()
    {
        var api = Service("api");
        var build = (YamlMappingNode)api["build"];
        var dockerfile = File.ReadAllText(Path.Combine(Root, ((YamlScalarNode)build["dockerfile"]).Value!));
        var port = new Uri(Environment(api)["Urls"].Replace("0.0.0.0", "localhost", StringComparison.Ordinal)).Port;

        Assert.True(Regex.Count(dockerfile, @"^FROM ", RegexOptions.Multiline) >= 2, "the Dockerfile is multi-stage");
        Assert.Contains($"EXPOSE {port}", dockerfile);
        Assert.Contains("\"TechSelfReliance.Api.dll\"", dockerfile);
        Assert.Contains(((YamlSequenceNode)api["ports"]).Children, p => ((YamlScalarNode)p).Value!.EndsWith($":{port}", StringComparison.Ordinal));
        var healthcheck = ((YamlMappingNode)api["healthcheck"])["test"].ToString();
        Assert.Contains("--health-probe", healthcheck);
        Assert.Contains($"localhost:{port}/health", healthcheck);
    }

    private static string PasswordExpression(string auth) => auth["neo4j/".Length..];
}
