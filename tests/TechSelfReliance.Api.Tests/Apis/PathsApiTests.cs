using System.Net;
using System.Text.Json;
using TechSelfReliance.Api.Tests.Infrastructure;

namespace TechSelfReliance.Api.Tests.Apis;

public sealed class PathsApiTests(SeededApi api) : IClassFixture<SeededApi>
{
    [Fact]
    public async Task Paths_from_chip_controls_to_SMIC_are_the_shortest_simple_paths_read_as_cited_arguments()
    {
        // the engine enumerates every simple path up to 3 hops independently of the path finder
        var (_, all, _) = await QueryApiCalls.RunAsync(api.Client,
            "MATCH p = (s {id: 'us-chip-controls'})-[*1..3]-(c {id: 'smic'}) RETURN length(p) AS hops, [r IN relationships(p) | elementId(r)] AS rels");
        var rows = all.GetProperty("data").GetProperty("values").EnumerateArray().ToArray();
        var shortest = rows.Min(r => r[0].GetInt32());
        var shortestPaths = rows.Where(r => r[0].GetInt32() == shortest).Select(r => string.Join(',', r[1].EnumerateArray().Select(e => e.GetString()))).ToHashSet();

        var (status, body, _) = await JsonCalls.GetAsync(api.Client, "/api/paths?from=us-chip-controls&to=smic&k=3");

        Assert.Equal(HttpStatusCode.OK, status);
        var paths = body.GetProperty("paths").EnumerateArray().ToArray();
        Assert.Equal(Math.Min(3, shortestPaths.Count), paths.Length);
        Assert.All(paths, p => Assert.Equal(shortest, p.GetProperty("length").GetInt32()));
        var found = paths.Select(p => string.Join(',', p.GetProperty("hops").EnumerateArray().Select(h => h.GetProperty("relationship").GetProperty("id").GetString()))).ToArray();
        Assert.Equal(found.Length, found.Distinct().Count());
        Assert.All(found, f => Assert.Contains(f, shortestPaths));
        var strengths = paths.Select(p => p.GetProperty("strength").GetDouble()).ToArray();
        Assert.Equal(strengths.OrderDescending(), strengths);
        foreach (var path in paths)
        {
            var hops = path.GetProperty("hops").EnumerateArray().ToArray();
            Assert.Equal("us-chip-controls", hops[0].GetProperty("from").GetProperty("id").GetString());
            Assert.Equal("smic", hops[^1].GetProperty("to").GetProperty("id").GetString());
            for (var i = 1; i < hops.Length; i++)
            {
                Assert.Equal(hops[i - 1].GetProperty("to").GetProperty("id").GetString(), hops[i].GetProperty("from").GetProperty("id").GetString());
            }

            Assert.All(hops, h =>
            {
                Assert.False(string.IsNullOrWhiteSpace(h.GetProperty("relationship").GetProperty("evidence").GetString()));
                Assert.False(string.IsNullOrWhiteSpace(h.GetProperty("statement").GetString()));
            });
        }
    }

    [Fact]
    public async Task Direct_sanction_path_is_one_hop_with_its_evidence()
    {
        var (_, body, _) = await JsonCalls.GetAsync(api.Client, "/api/paths?from=us-sanctions-smic&to=smic&k=1");

        var path = Assert.Single(body.GetProperty("paths").EnumerateArray());
        var hop = Assert.Single(path.GetProperty("hops").EnumerateArray());
        Assert.Equal("TARGETS", hop.GetProperty("relationship").GetProperty("type").GetString());
        Assert.Equal("forward", hop.GetProperty("direction").GetString());
        Assert.Equal(2, body.GetProperty("elements").GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task Outgoing_only_paths_follow_the_arrows()
    {
        var (_, body, _) = await JsonCalls.GetAsync(api.Client, "/api/paths?from=us-chip-controls&to=smic&k=5&direction=out&maxHops=6");

        Assert.All(body.GetProperty("paths").EnumerateArray().SelectMany(p => p.GetProperty("hops").EnumerateArray()),
            h => Assert.Equal("forward", h.GetProperty("direction").GetString()));
    }

    [Fact]
    public async Task No_path_within_the_hop_limit_is_an_empty_list()
    {
        var (status, body, _) = await JsonCalls.GetAsync(api.Client, "/api/paths?from=us-chip-controls&to=smic&maxHops=1");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(0, body.GetProperty("paths").GetArrayLength());
    }

    [Theory]
    [InlineData("/api/paths?to=smic", HttpStatusCode.BadRequest)]
    [InlineData("/api/paths?from=smic&to=ymtc&k=0", HttpStatusCode.BadRequest)]
    [InlineData("/api/paths?from=smic&to=ymtc&maxHops=50", HttpStatusCode.BadRequest)]
    [InlineData("/api/paths?from=smic&to=ymtc&k=two", HttpStatusCode.BadRequest)]
    [InlineData("/api/paths?from=nowhere&to=smic", HttpStatusCode.NotFound)]
    [InlineData("/api/paths?from=smic&to=nowhere", HttpStatusCode.NotFound)]
    public async Task Bad_path_requests_are_problems(string path, HttpStatusCode expected)
    {
        var (status, _, mediaType) = await JsonCalls.GetAsync(api.Client, path);

        Assert.Equal(expected, status);
        Assert.Equal("application/problem+json", mediaType);
    }

    internal static string[] Ids(JsonElement array) => array.EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToArray();
}
