using System.IO.Compression;
using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using TechSelfReliance.Api.Tests.Infrastructure;
using TechSelfReliance.Backend;
using TechSelfReliance.Backend.Embedded;
using TechSelfReliance.Backend.Seeding;
using TechSelfReliance.Graph;

namespace TechSelfReliance.Api.Tests.Apis;

public sealed class ExportApiTests(SeededApi api) : IClassFixture<SeededApi>
{
    [Fact]
    public async Task Json_export_holds_the_whole_graph()
    {
        var response = await api.Client.GetAsync("/api/export?format=json");
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(158, body.GetProperty("nodes").GetArrayLength());
        Assert.Equal(246, body.GetProperty("relationships").GetArrayLength());
    }

    [Fact]
    public async Task GraphML_export_is_valid_graphml_with_every_element()
    {
        var response = await api.Client.GetAsync("/api/export?format=graphml");
        var document = XDocument.Parse(await response.Content.ReadAsStringAsync());
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";

        Assert.Equal("graph.graphml", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        Assert.Equal(ns + "graphml", document.Root!.Name);
        var nodes = document.Descendants(ns + "node").ToArray();
        var edges = document.Descendants(ns + "edge").ToArray();
        Assert.Equal(158, nodes.Length);
        Assert.Equal(246, edges.Length);
        var ids = nodes.Select(n => (string)n.Attribute("id")!).ToHashSet();
        Assert.All(edges, e => Assert.Contains((string)e.Attribute("source")!, ids));
        var keys = document.Root.Elements(ns + "key").Select(k => (string)k.Attribute("id")!).ToHashSet();
        Assert.All(document.Descendants(ns + "data"), d => Assert.Contains((string)d.Attribute("key")!, keys));
    }

    [Fact]
    public async Task Csv_export_is_a_zip_of_nodes_and_relationships()
    {
        var bytes = await api.Client.GetByteArrayAsync("/api/export?format=csv");
        using var zip = new ZipArchive(new MemoryStream(bytes));

        string[] Lines(string name)
        {
            using var reader = new StreamReader(zip.GetEntry(name)!.Open());
            return reader.ReadToEnd().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        }

        var nodes = Lines("nodes.csv");
        var relationships = Lines("relationships.csv");
        Assert.StartsWith("id,labels,", nodes[0]);
        Assert.StartsWith("id,type,start,end", relationships[0]);
        Assert.Equal(159, nodes.Length);
        Assert.True(relationships.Length >= 247, "every relationship is a row (evidence with line breaks would only add lines)");
    }

    [Fact]
    public async Task Cypher_export_rebuilds_the_same_graph_in_an_empty_store()
    {
        var script = await api.Client.GetStringAsync("/api/export?format=cypher");
        await using var target = new EmbeddedBackend(GraphStore.CreateInMemory());

        foreach (var statement in StatementSplitter.Split(script))
        {
            await target.RunAsync(statement, null, QueryAccess.Write);
        }

        var nodes = await target.RunAsync("MATCH (n) RETURN count(n)");
        var relationships = await target.RunAsync("MATCH ()-[r]->() RETURN count(r), count(DISTINCT r.evidence)");
        var (_, original, _) = await QueryApiCalls.RunAsync(api.Client, "MATCH ()-[r]->() RETURN count(DISTINCT r.evidence)");
        Assert.Equal(158, nodes.Rows[0][0].AsInteger());
        Assert.Equal(246, relationships.Rows[0][0].AsInteger());
        Assert.Equal(original.GetProperty("data").GetProperty("values")[0][0].GetInt64(), relationships.Rows[0][1].AsInteger());
    }

    [Fact]
    public async Task Query_export_holds_the_query_subgraph()
    {
        var query = Uri.EscapeDataString("MATCH p = (:Sanction)-[:TARGETS]->(:Company) RETURN p");
        var response = await api.Client.GetAsync($"/api/export?format=json&query={query}");
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(5, body.GetProperty("relationships").GetArrayLength());
        Assert.All(body.GetProperty("relationships").EnumerateArray(), r => Assert.Equal("TARGETS", r.GetProperty("type").GetString()));
    }

    [Theory]
    [InlineData("/api/export?format=pdf", HttpStatusCode.BadRequest)]
    [InlineData("/api/export?query=MATCH%20(n%20RETURN%20n", HttpStatusCode.BadRequest)]
    [InlineData("/api/export?query=CREATE%20(n)%20RETURN%20n", HttpStatusCode.Forbidden)]
    [InlineData("/api/export?focus=nowhere", HttpStatusCode.NotFound)]
    public async Task Bad_export_requests_are_problems(string path, HttpStatusCode expected)
    {
        var before = await QueryApiCalls.CountNodesAsync(api.Client);
        var response = await api.Client.GetAsync(path);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(before, await QueryApiCalls.CountNodesAsync(api.Client));
    }
}
