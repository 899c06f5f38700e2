using System.Net;
using TechSelfReliance.Api.Tests.Infrastructure;

namespace TechSelfReliance.Api.Tests.Apis;

public sealed class InfluenceApiTests(SeededApi api) : IClassFixture<SeededApi>
{
    [Fact]
    public async Task Companies_reached_by_chip_controls_are_ranked_with_explaining_paths()
    {
        var (status, body, _) = await JsonCalls.GetAsync(api.Client, "/api/influence?source=us-chip-controls&target=Company&maxHops=3&limit=50");

        Assert.Equal(HttpStatusCode.OK, status);
        var results = body.GetProperty("results").EnumerateArray().ToArray();
        Assert.NotEmpty(results);
        Assert.Equal("ymtc", results[0].GetProperty("entity").GetProperty("id").GetString());
        var scores = results.Select(r => r.GetProperty("score").GetDouble()).ToArray();
        Assert.Equal(scores.OrderDescending(), scores);
        Assert.All(scores, s => Assert.InRange(s, 0.0, 1.0));
        foreach (var result in results)
        {
            Assert.Contains("Company", result.GetProperty("entity").GetProperty("labels").EnumerateArray().Select(l => l.GetString()));
            var paths = result.GetProperty("paths").EnumerateArray().ToArray();
            Assert.NotEmpty(paths);
            Assert.True(result.GetProperty("pathCount").GetInt32() >= paths.Length);
            Assert.Equal(result.GetProperty("distance").GetInt32(), paths.Min(p => p.GetProperty("length").GetInt32()));
            Assert.All(paths, p =>
            {
                var hops = p.GetProperty("hops").EnumerateArray().ToArray();
                Assert.Equal("us-chip-controls", hops[0].GetProperty("from").GetProperty("id").GetString());
                Assert.Equal(result.GetProperty("entity").GetProperty("id").GetString(), hops[^1].GetProperty("to").GetProperty("id").GetString());
            });
        }
    }

    [Fact]
    public async Task Distance_of_every_company_matches_the_engines_shortest_path()
    {
        var (_, body, _) = await JsonCalls.GetAsync(api.Client, "/api/influence?source=us-chip-controls&maxHops=3&limit=100");
        var (_, expected, _) = await QueryApiCalls.RunAsync(api.Client,
            "MATCH (s {id: 'us-chip-controls'}), (c:Company) MATCH p = shortestPath((s)-[*..3]-(c)) RETURN c.id, length(p)");
        var expectedDistances = expected.GetProperty("data").GetProperty("values").EnumerateArray().ToDictionary(r => r[0].GetString()!, r => r[1].GetInt32());

        var actual = body.GetProperty("results").EnumerateArray().ToDictionary(r => r.GetProperty("entity").GetProperty("id").GetString()!, r => r.GetProperty("distance").GetInt32());

        Assert.Equal(expectedDistances.OrderBy(p => p.Key), actual.OrderBy(p => p.Key));
    }

    [Fact]
    public async Task Reverse_question_ranks_the_sanction_aimed_at_the_company_first()
    {
        var (status, body, _) = await JsonCalls.GetAsync(api.Client, "/api/influence?source=smic&reverse=true&target=Sanction&maxHops=3");

        Assert.Equal(HttpStatusCode.OK, status);
        var first = body.GetProperty("results")[0];
        Assert.Equal("us-sanctions-smic", first.GetProperty("entity").GetProperty("id").GetString());
        var path = first.GetProperty("paths")[0];
        Assert.Equal("us-sanctions-smic", path.GetProperty("hops")[0].GetProperty("from").GetProperty("id").GetString());
        Assert.Equal("smic", path.GetProperty("hops")[path.GetProperty("hops").GetArrayLength() - 1].GetProperty("to").GetProperty("id").GetString());
        Assert.True(body.GetProperty("reverse").GetBoolean());
    }

    [Theory]
    [InlineData("/api/influence", HttpStatusCode.BadRequest)]
    [InlineData("/api/influence?source=smic&target=Unicorn", HttpStatusCode.BadRequest)]
    [InlineData("/api/influence?source=smic&maxHops=0", HttpStatusCode.BadRequest)]
    [InlineData("/api/influence?source=nowhere", HttpStatusCode.NotFound)]
    public async Task Bad_influence_requests_are_problems(string path, HttpStatusCode expected)
    {
        var (status, _, mediaType) = await JsonCalls.GetAsync(api.Client, path);

        Assert.Equal(expected, status);
        Assert.Equal("application/problem+json", mediaType);
    }
}
