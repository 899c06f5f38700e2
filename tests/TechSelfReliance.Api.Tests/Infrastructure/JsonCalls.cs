using System.Net;
using System.Text.Json;

namespace TechSelfReliance.Api.Tests.Infrastructure;

/// <summary>GET calls to the product API that return parsed JSON.</summary>
public static class JsonCalls
{
    public static async Task<(HttpStatusCode Status, JsonElement Body, string? MediaType)> GetAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone(), response.Content.Headers.ContentType?.MediaType);
    }
}
