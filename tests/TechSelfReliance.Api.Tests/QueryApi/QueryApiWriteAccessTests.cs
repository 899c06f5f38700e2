using System.Net;
using System.Net.Http.Headers;
using System.Text;
using TechSelfReliance.Api.Tests.Infrastructure;
using TechSelfReliance.Testing;

namespace TechSelfReliance.Api.Tests.QueryApi;

public sealed class QueryApiWriteAccessTests : FreshApiTests
{
    [Theory]
    [InlineData("CREATE (:Probe)")]
    [InlineData("MATCH (n:Company {id: 'smic'}) SET n.name = 'changed'")]
    [InlineData("MATCH (n) DETACH DELETE n")]
    [InlineData("MERGE (:Probe {id: 1})")]
    [InlineData("CREATE INDEX probe FOR (n:Probe) ON (n.id)")]
    public async Task Anonymous_write_is_403_and_changes_nothing(string statement)
    {
        var before = await QueryApiCalls.CountNodesAsync(Client);

        var (status, body, _) = await QueryApiCalls.RunAsync(Client, statement);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("Neo.ClientError.Security.Forbidden", QueryApiCalls.ErrorCode(body));
        Assert.Contains("write token", body.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(before, await QueryApiCalls.CountNodesAsync(Client));
        var (_, name, _) = await QueryApiCalls.RunAsync(Client, "MATCH (n:Company {id: 'smic'}) RETURN n.name");
        Assert.Equal("SMIC", name.GetProperty("data").GetProperty("values")[0][0].GetString());
    }

    [Fact]
    public async Task Write_with_the_token_commits_and_reports_counters()
    {
        var (status, body, _) = await QueryApiCalls.RunAsync(Client, "CREATE (p:Probe {name: $name}) RETURN p.name", new { name = "written" }, ApiFactory.WriteToken);

        Assert.Equal(HttpStatusCode.Accepted, status);
        Assert.Equal(1, body.GetProperty("counters").GetProperty("nodesCreated").GetInt32());
        Assert.True(body.GetProperty("counters").GetProperty("containsUpdates").GetBoolean());
        var (_, count, _) = await QueryApiCalls.RunAsync(Client, "MATCH (p:Probe {name: 'written'}) RETURN count(p)");
        Assert.Equal(1, count.GetProperty("data").GetProperty("values")[0][0].GetInt64());
    }

    [Fact]
    public async Task Basic_auth_with_the_token_as_password_may_write()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, QueryApiCalls.Path)
        {
            Content = new StringContent("""{"statement": "CREATE (:Probe {via: 'basic'})"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:" + ApiFactory.WriteToken)));

        var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task Token_holder_asking_for_read_access_cannot_write()
    {
        var body = """{"statement": "CREATE (:Probe)", "accessMode": "READ"}""";
        var (status, response, _) = await QueryApiCalls.PostAsync(Client, QueryApiCalls.Path, body, ApiFactory.WriteToken);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Neo.ClientError.Statement.AccessMode", QueryApiCalls.ErrorCode(response));
    }

    [Fact]
    public async Task Constraint_violation_rolls_back_the_whole_statement()
    {
        var before = await QueryApiCalls.CountNodesAsync(Client);

        var (status, body, _) = await QueryApiCalls.RunAsync(Client, "CREATE (:Entity {id: 'fresh'}), (:Entity {id: 'smic'})", token: ApiFactory.WriteToken);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", QueryApiCalls.ErrorCode(body));
        Assert.Equal(before, await QueryApiCalls.CountNodesAsync(Client));
    }
}
