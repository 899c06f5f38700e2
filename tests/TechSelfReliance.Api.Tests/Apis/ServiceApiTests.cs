using System.Net;
using System.Text.Json;
using TechSelfReliance.Api.Tests.Infrastructure;

namespace TechSelfReliance.Api.Tests.Apis;

public sealed class ServiceApiTests(SeededApi api) : IClassFixture<SeededApi>
{
    [Fact]
    public async Task Health_reports_the_backend_and_the_seeded_graph()
    {
        var (status, body, _) = await JsonCalls.GetAsync(api.Client, "/health");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        Assert.Equal("embedded", body.GetProperty("backend").GetString());
        Assert.Equal(158, body.GetProperty("data").GetProperty("nodes").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await api.Client.GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task OpenAPI_document_describes_every_product_route()
    {
        var document = JsonDocument.Parse(await api.Client.GetStringAsync("/openapi/v1.json")).RootElement;

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        foreach (var expected in new[] { "/api/schema", "/api/search", "/api/nodes/{id}", "/api/nodes/{id}/neighbors", "/api/paths", "/api/influence", "/api/centrality", "/api/export", "/health", "/db/{database}/query/v2" })
        {
            Assert.Contains(expected, paths);
        }

        var reference = await api.Client.GetAsync("/scalar/");
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
    }

    [Fact]
    public async Task Unknown_api_route_is_a_404_problem()
    {
        var response = await api.Client.GetAsync("/api/nothing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }
}
