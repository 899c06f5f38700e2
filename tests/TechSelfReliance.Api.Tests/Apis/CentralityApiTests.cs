using System.Net;
using TechSelfReliance.Api.Tests.Infrastructure;

namespace TechSelfReliance.Api.Tests.Apis;

public sealed class CentralityApiTests(SeededApi api) : IClassFixture<SeededApi>
{
    [Theory]
    [InlineData("pagerank")]
    [InlineData("betweenness")]
    public async Task Central_entities_come_sorted_and_filtered_by_label(string algorithm)
    {
        var (status, body, _) = await JsonCalls.GetAsync(api.Client, $"/api/centrality?algorithm={algorithm}&label=Company&limit=5");

        Assert.Equal(HttpStatusCode.OK, status);
        var results = body.GetProperty("results").EnumerateArray().ToArray();
        Assert.Equal(5, results.Length);
        Assert.All(results, r => Assert.Contains("Company", r.GetProperty("entity").GetProperty("labels").EnumerateArray().Select(l => l.GetString())));
        var scores = results.Select(r => r.GetProperty("score").GetDouble()).ToArray();
        Assert.Equal(scores.OrderDescending(), scores);
        Assert.True(scores[0] > 0);
    }

    [Fact]
    public async Task The_self_reliance_drive_is_the_most_between_hub()
    {
        var (_, body, _) = await JsonCalls.GetAsync(api.Client, "/api/centrality?algorithm=betweenness&limit=1");

        Assert.Equal("tech-self-reliance", body.GetProperty("results")[0].GetProperty("entity").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Unknown_algorithm_is_400()
    {
        var (status, _, mediaType) = await JsonCalls.GetAsync(api.Client, "/api/centrality?algorithm=closeness");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", mediaType);
    }
}
