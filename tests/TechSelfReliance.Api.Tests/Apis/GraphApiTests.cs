using System.Net;
using TechSelfReliance.Api.Tests.Infrastructure;

namespace TechSelfReliance.Api.Tests.Apis;

public sealed class GraphApiTests(SeededApi api) : IClassFixture<SeededApi>
{
    [Fact]
    public async Task Schema_counts_the_seed_and_says_what_each_type_connects()
    {
        var (status, body, _) = await JsonCalls.GetAsync(api.Client, "/api/schema");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(158, body.GetProperty("nodeCount").GetInt32());
        Assert.Equal(246, body.GetProperty("relationshipCount").GetInt32());
        var labels = body.GetProperty("labels").EnumerateArray().ToDictionary(l => l.GetProperty("label").GetString()!, l => l.GetProperty("count").GetInt32());
        Assert.Equal(158, labels["Entity"]);
        Assert.Equal(5, labels["Sanction"]);
        var targets = body.GetProperty("relationshipTypes").EnumerateArray().Single(t => t.GetProperty("type").GetString() == "TARGETS");
        Assert.Equal(5, targets.GetProperty("count").GetInt32());
        var pair = Assert.Single(targets.GetProperty("connects").EnumerateArray());
        Assert.Equal(("Sanction", "Company"), (pair.GetProperty("from").GetString(), pair.GetProperty("to").GetString()));
        Assert.Contains("evidence", body.GetProperty("propertyKeys").EnumerateArray().Select(k => k.GetString()));
    }

    [Theory]
    [InlineData("huawey", "huawei")]
    [InlineData("Yangtze Memory", "ymtc")]
    [InlineData("smic", "smic")]
    [InlineData("Semiconductor Manufacturing International", "smic")]
    [InlineData("lithografy", "euv-lithography")]
    public async Task Search_ranks_the_intended_entity_first_despite_typos_and_aliases(string query, string expected)
    {
        var (status, body, _) = await JsonCalls.GetAsync(api.Client, "/api/search?q=" + Uri.EscapeDataString(query));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(expected, body.GetProperty("results")[0].GetProperty("id").GetString());
        var scores = body.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("score").GetDouble()).ToArray();
        Assert.Equal(scores.OrderDescending(), scores);
    }

    [Theory]
    [InlineData("/api/search")]
    [InlineData("/api/search?q=x&limit=0")]
    [InlineData("/api/search?q=x&label=Nope")]
    [InlineData("/api/nodes/smic/neighbors?depth=abc")]
    [InlineData("/api/nodes/smic/neighbors?depth=9")]
    [InlineData("/api/nodes/smic/neighbors?direction=sideways")]
    [InlineData("/api/nodes/smic/neighbors?types=NOT_A_TYPE")]
    [InlineData("/api/nodes/smic/neighbors?limit=-1")]
    public async Task Search_and_neighbors_with_bad_parameters_are_a_validation_problem(string path)
    {
        var (status, _, mediaType) = await JsonCalls.GetAsync(api.Client, path);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", mediaType);
    }

    [Fact]
    public async Task Node_has_its_properties_and_cited_relationships()
    {
        var (status, body, _) = await JsonCalls.GetAsync(api.Client, "/api/nodes/smic");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("SMIC", body.GetProperty("name").GetString());
        Assert.Equal("Company", body.GetProperty("kind").GetString());
        var relationships = body.GetProperty("relationships").EnumerateArray().ToArray();
        Assert.Equal(body.GetProperty("degree").GetInt32(), relationships.Length);
        Assert.All(relationships, r => Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("evidence").GetString())));
        Assert.Contains(relationships, r => r.GetProperty("type").GetString() == "TARGETS" && r.GetProperty("start").GetProperty("id").GetString() == "us-sanctions-smic");
    }

    [Fact]
    public async Task Unknown_node_is_a_404_problem()
    {
        var (status, body, mediaType) = await JsonCalls.GetAsync(api.Client, "/api/nodes/no-such-thing");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("application/problem+json", mediaType);
        Assert.Contains("no-such-thing", body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Neighbors_are_cytoscape_elements_with_evidence_on_edges()
    {
        var (status, body, _) = await JsonCalls.GetAsync(api.Client, "/api/nodes/smic/neighbors");

        Assert.Equal(HttpStatusCode.OK, status);
        var nodes = body.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("data")).ToArray();
        var edges = body.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("data")).ToArray();
        var (_, details, _) = await JsonCalls.GetAsync(api.Client, "/api/nodes/smic");
        var neighborIds = details.GetProperty("relationships").EnumerateArray()
            .Select(r => r.GetProperty("start").GetProperty("id").GetString() == "smic" ? r.GetProperty("end").GetProperty("id").GetString() : r.GetProperty("start").GetProperty("id").GetString())
            .Append("smic").ToHashSet();
        Assert.Equal(neighborIds, nodes.Select(n => n.GetProperty("id").GetString()).ToHashSet());
        var ids = nodes.Select(n => n.GetProperty("id").GetString()).ToHashSet();
        Assert.All(edges, e =>
        {
            Assert.Contains(e.GetProperty("source").GetString(), ids);
            Assert.Contains(e.GetProperty("target").GetString(), ids);
            Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("evidence").GetString()));
        });
    }

    [Fact]
    public async Task Neighbors_over_the_limit_say_how_many_more_there_are()
    {
        var (_, details, _) = await JsonCalls.GetAsync(api.Client, "/api/nodes/semiconductors");
        var neighbors = details.GetProperty("relationships").EnumerateArray()
            .Select(r => r.GetProperty("start").GetProperty("id").GetString() == "semiconductors" ? r.GetProperty("end").GetProperty("id").GetString() : r.GetProperty("start").GetProperty("id").GetString())
            .Distinct().Count();

        var (status, body, _) = await JsonCalls.GetAsync(api.Client, "/api/nodes/semiconductors/neighbors?limit=5");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(5, body.GetProperty("nodes").GetArrayLength());
        Assert.Equal(neighbors - 4, body.GetProperty("more").GetProperty("semiconductors").GetInt32());
    }

    [Fact]
    public async Task Neighbors_follow_only_the_types_and_direction_asked_for()
    {
        var (_, body, _) = await JsonCalls.GetAsync(api.Client, "/api/nodes/smic/neighbors?types=TARGETS&direction=in");

        var ids = body.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("data").GetProperty("id").GetString()!).Order().ToArray();
        Assert.Equal(["smic", "us-sanctions-smic"], ids);
        var (_, outgoing, _) = await JsonCalls.GetAsync(api.Client, "/api/nodes/smic/neighbors?types=TARGETS&direction=out");
        Assert.Equal(1, outgoing.GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task Neighbors_of_unknown_node_is_404()
    {
        var (status, _, _) = await JsonCalls.GetAsync(api.Client, "/api/nodes/nothing-here/neighbors");

        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Fact]
    public async Task Whole_graph_elements_match_the_seed()
    {
        var (_, body, _) = await JsonCalls.GetAsync(api.Client, "/api/graph");

        Assert.Equal(158, body.GetProperty("nodes").GetArrayLength());
        Assert.Equal(246, body.GetProperty("edges").GetArrayLength());
    }
}
