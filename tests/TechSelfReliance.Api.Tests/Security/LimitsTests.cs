using System.Net;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TechSelfReliance.Api.Tests.Infrastructure;
using TechSelfReliance.Testing;

namespace TechSelfReliance.Api.Tests.Security;

public sealed class LimitsTests
{
    [Fact]
    public async Task Oversized_body_is_413_on_the_query_api_and_the_product_api()
    {
        await using var factory = new ApiFactory(new Dictionary<string, string?> { ["Security:MaxRequestBodyBytes"] = "1024" });
        using var client = factory.CreateClient();
        var big = "{\"statement\": \"RETURN '" + new string('x', 4096) + "'\"}";

        var (status, body, _) = await QueryApiCalls.PostAsync(client, QueryApiCalls.Path, big);
        using var productRequest = new HttpRequestMessage(HttpMethod.Get, "/api/search?q=smic") { Content = new StringContent(big, Encoding.UTF8, "application/json") };
        var product = await client.SendAsync(productRequest);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal("Neo.ClientError.Request.Invalid", QueryApiCalls.ErrorCode(body));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, product.StatusCode);
        Assert.Equal("application/problem+json", product.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Flood_gets_429_with_Retry_After_while_health_still_answers()
    {
        await using var factory = new ApiFactory(new Dictionary<string, string?>
        {
            ["Security:RateLimit:PermitsPerWindow"] = "5",
            ["Security:RateLimit:WindowSeconds"] = "60",
        });
        using var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? rejected = null;
        for (var i = 0; i < 12; i++)
        {
            var response = await client.GetAsync("/api/search?q=smic");
            statuses.Add(response.StatusCode);
            rejected ??= response.StatusCode == HttpStatusCode.TooManyRequests ? response : null;
        }

        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.NotNull(rejected);
        Assert.True(int.Parse(rejected.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.Equal("application/problem+json", rejected.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task Unbounded_variable_length_pattern_hits_the_limit_with_a_clear_error()
    {
        await using var factory = new ApiFactory(new Dictionary<string, string?> { ["Query:TimeoutSeconds"] = "2" });
        using var client = factory.CreateClient();

        var (status, body, _) = await QueryApiCalls.RunAsync(client, "MATCH p = (a)-[*]-(b) RETURN count(p)");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(QueryApiCalls.ErrorCode(body), new[] { "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", "Neo.TransientError.General.MemoryPoolOutOfMemoryError" });
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("errors")[0].GetProperty("message").GetString()));
    }

    [Fact]
    public async Task Responses_carry_security_headers_and_no_permissive_cors()
    {
        await using var factory = new ApiFactory();
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/schema");
        request.Headers.Add("Origin", "https://elsewhere.example");

        var response = await client.SendAsync(request);

        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Allowlisted_origin_gets_cors_and_others_do_not()
    {
        await using var factory = new ApiFactory(new Dictionary<string, string?> { ["Security:AllowedOrigins:0"] = "https://analysts.example" });
        using var client = factory.CreateClient();

        async Task<HttpResponseMessage> From(string origin)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/schema");
            request.Headers.Add("Origin", origin);
            return await client.SendAsync(request);
        }

        Assert.Equal("https://analysts.example", (await From("https://analysts.example")).Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False((await From("https://elsewhere.example")).Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Default_binding_is_loopback_and_writes_are_off_without_a_token()
    {
        await using var factory = new ApiFactory(new Dictionary<string, string?> { ["Security:WriteToken"] = "" });
        using var client = factory.CreateClient();
        var configuration = factory.Services.GetRequiredService<IConfiguration>();

        var (status, body, _) = await QueryApiCalls.RunAsync(client, "CREATE (:Probe)", token: "anything");

        Assert.StartsWith("http://127.0.0.1:", configuration["Urls"]);
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("no write token is configured", body.GetProperty("errors")[0].GetProperty("message").GetString());
    }
}
