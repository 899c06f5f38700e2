using System.Net;
using TechSelfReliance.Api.Tests.Infrastructure;

namespace TechSelfReliance.Api.Tests.QueryApi;

public sealed class QueryApiPlainJsonTests(SeededApi api) : IClassFixture<SeededApi>
{
    [Fact]
    public async Task Node_is_returned_in_Neo4j_plain_shape_with_element_id()
    {
        var (status, body, response) = await QueryApiCalls.RunAsync(api.Client, "MATCH (c:Company {id: $id}) RETURN c, c.name AS name", new { id = "smic" });

        Assert.Equal(HttpStatusCode.Accepted, status);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var data = body.GetProperty("data");
        Assert.Equal(["c", "name"], data.GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
        var node = data.GetProperty("values")[0][0];
        Assert.StartsWith("4:", node.GetProperty("elementId").GetString());
        Assert.Contains("Company", node.GetProperty("labels").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal("SMIC", node.GetProperty("properties").GetProperty("name").GetString());
        Assert.Equal("SMIC", data.GetProperty("values")[0][1].GetString());
    }

    [Fact]
    public async Task Relationship_and_path_have_Neo4j_plain_shapes()
    {
        var (_, body, _) = await QueryApiCalls.RunAsync(api.Client,
            "MATCH p = (s:Sanction {id: 'us-sanctions-smic'})-[r:TARGETS]->(c) RETURN r, p, startNode(r) AS s");

        var row = body.GetProperty("data").GetProperty("values")[0];
        var relationship = row[0];
        Assert.Equal("TARGETS", relationship.GetProperty("type").GetString());
        Assert.StartsWith("5:", relationship.GetProperty("elementId").GetString());
        Assert.Equal(row[2].GetProperty("elementId").GetString(), relationship.GetProperty("startNodeElementId").GetString());
        Assert.False(string.IsNullOrEmpty(relationship.GetProperty("properties").GetProperty("evidence").GetString()));
        var path = row[1];
        Assert.Equal(3, path.GetArrayLength());
        Assert.Equal("TARGETS", path[1].GetProperty("type").GetString());
    }

    [Fact]
    public async Task Plain_parameters_keep_integers_floats_lists_and_maps()
    {
        var (_, body, _) = await QueryApiCalls.RunAsync(api.Client,
            "RETURN $i + 1 AS i, $f * 2 AS f, size($list) AS n, $map.k AS k, $nothing IS NULL AS isNull",
            new { i = 41, f = 1.25, list = new[] { 1, 2, 3 }, map = new { k = "v" }, nothing = (string?)null });

        var row = body.GetProperty("data").GetProperty("values")[0];
        Assert.Equal(42, row[0].GetInt64());
        Assert.Equal(2.5, row[1].GetDouble());
        Assert.Equal(3, row[2].GetInt64());
        Assert.Equal("v", row[3].GetString());
        Assert.True(row[4].GetBoolean());
    }

    [Fact]
    public async Task Counters_are_reported_when_asked_for()
    {
        var (_, body, _) = await QueryApiCalls.RunAsync(api.Client, "MATCH (n:Sanction) RETURN count(n)");

        var counters = body.GetProperty("counters");
        Assert.False(counters.GetProperty("containsUpdates").GetBoolean());
        Assert.Equal(0, counters.GetProperty("nodesCreated").GetInt32());
        Assert.Single(body.GetProperty("bookmarks").EnumerateArray());
    }

    [Fact]
    public async Task Explain_returns_the_plan_without_rows()
    {
        var (status, body, _) = await QueryApiCalls.RunAsync(api.Client, "EXPLAIN MATCH (c:Company) RETURN c.name");

        Assert.Equal(HttpStatusCode.Accepted, status);
        Assert.Equal(0, body.GetProperty("data").GetProperty("values").GetArrayLength());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("queryPlan").GetProperty("operatorType").GetString()));
    }

    [Fact]
    public async Task Discovery_document_names_the_query_endpoint()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Accept.ParseAdd("application/json");
        var response = await api.Client.SendAsync(request);
        var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.EndsWith("/db/{databaseName}/query/v2", body.GetProperty("query").GetString());
        Assert.StartsWith("5.", body.GetProperty("neo4j_version").GetString());
    }
}
