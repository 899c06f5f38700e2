using System.Net;
using TechSelfReliance.Api.Tests.Infrastructure;
using TechSelfReliance.Testing;

namespace TechSelfReliance.Api.Tests.QueryApi;

public sealed class QueryApiTransactionTests : FreshApiTests
{
    [Fact]
    public async Task Committed_transaction_is_visible_after_commit_only()
    {
        var (status, begin, _) = await QueryApiCalls.PostAsync(Client, QueryApiCalls.Path + "/tx", """{"statement": "CREATE (:Probe {step: 1})"}""", ApiFactory.WriteToken);
        Assert.Equal(HttpStatusCode.Accepted, status);
        var id = begin.GetProperty("transaction").GetProperty("id").GetString()!;
        Assert.True(DateTimeOffset.Parse(begin.GetProperty("transaction").GetProperty("expires").GetString()!, System.Globalization.CultureInfo.InvariantCulture) > DateTimeOffset.UtcNow);

        var (_, inside, _) = await QueryApiCalls.PostAsync(Client, $"{QueryApiCalls.Path}/tx/{id}", """{"statement": "MATCH (p:Probe) RETURN count(p)"}""", ApiFactory.WriteToken);
        Assert.Equal(1, inside.GetProperty("data").GetProperty("values")[0][0].GetInt64());
        var (_, outside, _) = await QueryApiCalls.RunAsync(Client, "MATCH (p:Probe) RETURN count(p)");
        Assert.Equal(0, outside.GetProperty("data").GetProperty("values")[0][0].GetInt64());

        var (commitStatus, _, _) = await QueryApiCalls.PostAsync(Client, $"{QueryApiCalls.Path}/tx/{id}/commit", "", ApiFactory.WriteToken);
        Assert.Equal(HttpStatusCode.Accepted, commitStatus);
        var (_, after, _) = await QueryApiCalls.RunAsync(Client, "MATCH (p:Probe) RETURN count(p)");
        Assert.Equal(1, after.GetProperty("data").GetProperty("values")[0][0].GetInt64());
    }

    [Fact]
    public async Task Rolled_back_transaction_leaves_nothing()
    {
        var (_, begin, _) = await QueryApiCalls.PostAsync(Client, QueryApiCalls.Path + "/tx", """{"statement": "CREATE (:Gone)"}""", ApiFactory.WriteToken);
        var id = begin.GetProperty("transaction").GetProperty("id").GetString()!;

        var response = await Client.DeleteAsync($"{QueryApiCalls.Path}/tx/{id}");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var (_, count, _) = await QueryApiCalls.RunAsync(Client, "MATCH (g:Gone) RETURN count(g)");
        Assert.Equal(0, count.GetProperty("data").GetProperty("values")[0][0].GetInt64());
        var (status, again, _) = await QueryApiCalls.PostAsync(Client, $"{QueryApiCalls.Path}/tx/{id}", """{"statement": "RETURN 1"}""");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("Neo.ClientError.Transaction.TransactionNotFound", QueryApiCalls.ErrorCode(again));
    }

    [Fact]
    public async Task Failed_statement_ends_the_transaction_and_keeps_nothing()
    {
        var (_, begin, _) = await QueryApiCalls.PostAsync(Client, QueryApiCalls.Path + "/tx", """{"statement": "CREATE (:Half)"}""", ApiFactory.WriteToken);
        var id = begin.GetProperty("transaction").GetProperty("id").GetString()!;

        var (status, _, _) = await QueryApiCalls.PostAsync(Client, $"{QueryApiCalls.Path}/tx/{id}", """{"statement": "RETURN 1 / 0"}""", ApiFactory.WriteToken);
        Assert.Equal(HttpStatusCode.BadRequest, status);

        var (commitStatus, _, _) = await QueryApiCalls.PostAsync(Client, $"{QueryApiCalls.Path}/tx/{id}/commit", "", ApiFactory.WriteToken);
        Assert.Equal(HttpStatusCode.NotFound, commitStatus);
        var (_, count, _) = await QueryApiCalls.RunAsync(Client, "MATCH (h:Half) RETURN count(h)");
        Assert.Equal(0, count.GetProperty("data").GetProperty("values")[0][0].GetInt64());
    }

    [Fact]
    public async Task Anonymous_transaction_reads_but_cannot_write()
    {
        var (beginStatus, begin, _) = await QueryApiCalls.PostAsync(Client, QueryApiCalls.Path + "/tx", """{"statement": "MATCH (n) RETURN count(n)"}""");
        Assert.Equal(HttpStatusCode.Accepted, beginStatus);
        var id = begin.GetProperty("transaction").GetProperty("id").GetString()!;

        var (status, body, _) = await QueryApiCalls.PostAsync(Client, $"{QueryApiCalls.Path}/tx/{id}", """{"statement": "CREATE (:Sneaky)"}""");

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("Neo.ClientError.Security.Forbidden", QueryApiCalls.ErrorCode(body));
        var (_, count, _) = await QueryApiCalls.RunAsync(Client, "MATCH (s:Sneaky) RETURN count(s)");
        Assert.Equal(0, count.GetProperty("data").GetProperty("values")[0][0].GetInt64());
    }
}
