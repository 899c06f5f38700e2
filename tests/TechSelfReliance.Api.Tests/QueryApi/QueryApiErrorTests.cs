using System.Net;
using TechSelfReliance.Api.Tests.Infrastructure;

namespace TechSelfReliance.Api.Tests.QueryApi;

public sealed class QueryApiErrorTests(SeededApi api) : IClassFixture<SeededApi>
{
    [Fact]
    public async Task Syntax_error_is_400_with_Neo4j_code_and_position()
    {
        var (status, body, _) = await QueryApiCalls.RunAsync(api.Client, "MATCH (n:Company)\nRETURN n.name ORDER");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var error = body.GetProperty("errors")[0];
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.GetProperty("code").GetString());
        Assert.Contains("line 2", error.GetProperty("message").GetString());
        Assert.Equal(2, error.GetProperty("position").GetProperty("line").GetInt32());
    }

    [Theory]
    [InlineData("RETURN x", "Neo.ClientError.Statement.SyntaxError")]
    [InlineData("RETURN $missing", "Neo.ClientError.Statement.ParameterMissing")]
    [InlineData("RETURN 1 / 0", "Neo.ClientError.Statement.ArithmeticError")]
    [InlineData("WITH 1 AS x RETURN x.name", "Neo.ClientError.Statement.TypeError")]
    public async Task Statement_errors_carry_Neo4j_codes(string statement, string code)
    {
        var (status, body, _) = await QueryApiCalls.RunAsync(api.Client, statement);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(code, QueryApiCalls.ErrorCode(body));
    }

    [Fact]
    public async Task Unknown_database_is_404()
    {
        var (status, body, _) = await QueryApiCalls.PostAsync(api.Client, "/db/elsewhere/query/v2", """{"statement": "RETURN 1"}""");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("Neo.ClientError.Database.DatabaseNotFound", QueryApiCalls.ErrorCode(body));
    }

    [Theory]
    [InlineData("{\"statement\": ")]
    [InlineData("[1, 2]")]
    [InlineData("{\"parameters\": {}}")]
    [InlineData("{\"statement\": 42}")]
    [InlineData("{\"statement\": \"RETURN $p\", \"parameters\": [1]}")]
    public async Task Malformed_request_is_400_Request_Invalid(string body)
    {
        var (status, response, _) = await QueryApiCalls.PostAsync(api.Client, QueryApiCalls.Path, body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Neo.ClientError.Request.Invalid", QueryApiCalls.ErrorCode(response));
    }

    [Fact]
    public async Task Wrong_credentials_are_401()
    {
        var (status, body, _) = await QueryApiCalls.RunAsync(api.Client, "RETURN 1", token: "not-the-token");

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("Neo.ClientError.Security.Unauthorized", QueryApiCalls.ErrorCode(body));
    }

    [Fact]
    public async Task Injected_text_in_a_parameter_stays_data()
    {
        var before = await QueryApiCalls.CountNodesAsync(api.Client);
        var (status, body, _) = await QueryApiCalls.RunAsync(api.Client, "MATCH (n {name: $name}) RETURN count(n)",
            new { name = "x'}) DETACH DELETE n //" });

        Assert.Equal(HttpStatusCode.Accepted, status);
        Assert.Equal(0, body.GetProperty("data").GetProperty("values")[0][0].GetInt64());
        Assert.Equal(before, await QueryApiCalls.CountNodesAsync(api.Client));
    }
}
