using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace TechSelfReliance.Api.Tests.Infrastructure;

/// <summary>Calls to the Query API as a Neo4j client makes them.</summary>
public static class QueryApiCalls
{
    public const string Path = "/db/neo4j/query/v2";

    public static async Task<(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Response)> PostAsync(
        HttpClient client, string path, string body, string? token = null, bool typedResponse = false, bool typedRequest = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(body, Encoding.UTF8, typedRequest ? "application/vnd.neo4j.query" : "application/json"),
        };
        if (typedRequest)
        {
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.neo4j.query");
        }

        request.Headers.Accept.ParseAdd(typedResponse ? "application/vnd.neo4j.query, application/json" : "application/json");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var json = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        return (response.StatusCode, json, response);
    }

    public static Task<(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Response)> RunAsync(
        HttpClient client, string statement, object? parameters = null, string? token = null, bool typed = false) =>
        PostAsync(client, Path, JsonSerializer.Serialize(new { statement, parameters, includeCounters = true }), token, typed);

    public static async Task<long> CountNodesAsync(HttpClient client)
    {
        var (_, body, _) = await RunAsync(client, "MATCH (n) RETURN count(n)");
        return body.GetProperty("data").GetProperty("values")[0][0].GetInt64();
    }

    public static string ErrorCode(JsonElement body) => body.GetProperty("errors")[0].GetProperty("code").GetString()!;
}
