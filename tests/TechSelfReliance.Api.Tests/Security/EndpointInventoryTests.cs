using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using TechSelfReliance.Api.Security;
using TechSelfReliance.Api.Tests.Infrastructure;
using TechSelfReliance.Testing;

namespace TechSelfReliance.Api.Tests.Security;

/// <summary>
/// Every route that accepts anything but GET is listed here, and every one that can write refuses an anonymous
/// caller's write and leaves the graph as it was. A new route that is not in the inventory fails the test.
/// </summary>
public sealed class EndpointInventoryTests : FreshApiTests
{
    private const string WriteStatement = """{"statement": "CREATE (:Intruder)"}""";

    /// <summary>Non-GET routes that cannot write, and why.</summary>
    private static readonly Dictionary<string, string> ReadOnlyNonGetRoutes = new()
    {
        ["DELETE /db/{database}/query/v2/tx/{id}"] = "rolls back a transaction: it can only discard writes",
    };

    [Fact]
    public async Task Every_route_that_writes_refuses_anonymous_callers()
    {
        var routes = Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"])
                .Select(method => (Method: method, Pattern: "/" + e.RoutePattern.RawText!.TrimStart('/'), Writes: e.Metadata.GetMetadata<WriteCapableAttribute>() is not null)))
            .Where(r => r.Method is not ("GET" or "HEAD"))
            .ToArray();
        Assert.NotEmpty(routes);
        var before = await QueryApiCalls.CountNodesAsync(Client);

        foreach (var route in routes)
        {
            var key = $"{route.Method} {route.Pattern}";
            if (!route.Writes)
            {
                Assert.True(ReadOnlyNonGetRoutes.ContainsKey(key), $"{key} accepts {route.Method} but is neither marked [WriteCapable] nor listed as read-only with a reason.");
                continue;
            }

            var path = await ConcretePathAsync(route.Pattern);
            var (status, body, _) = await QueryApiCalls.PostAsync(Client, path, WriteStatement);
            Assert.True(status == HttpStatusCode.Forbidden, $"{key} answered {(int)status} to an anonymous write.");
            Assert.Equal("Neo.ClientError.Security.Forbidden", QueryApiCalls.ErrorCode(body));
        }

        Assert.Equal(before, await QueryApiCalls.CountNodesAsync(Client));
        var (_, intruders, _) = await QueryApiCalls.RunAsync(Client, "MATCH (i:Intruder) RETURN count(i)");
        Assert.Equal(0, intruders.GetProperty("data").GetProperty("values")[0][0].GetInt64());
    }

    /// <summary>Fills in a route's parameters: the database, and for transaction routes a live anonymous transaction.</summary>
    private async Task<string> ConcretePathAsync(string pattern)
    {
        var path = pattern.Replace("{database}", "neo4j", StringComparison.Ordinal);
        if (path.Contains("{id}", StringComparison.Ordinal))
        {
            var (_, begin, _) = await QueryApiCalls.PostAsync(Client, "/db/neo4j/query/v2/tx", "");
            path = path.Replace("{id}", begin.GetProperty("transaction").GetProperty("id").GetString(), StringComparison.Ordinal);
        }

        return path;
    }
}
