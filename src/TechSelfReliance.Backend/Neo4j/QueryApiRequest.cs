using System.Net.Http.Headers;
using System.Text.Json;
using TechSelfReliance.Backend.Wire;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Backend.Neo4j;

/// <summary>Builds Query API requests in typed JSON, so parameters keep their Cypher types on the way in.</summary>
internal static class QueryApiRequest
{
    public const string TypedMediaType = "application/vnd.neo4j.query";

    /// <summary>Marks a request that may be sent again after a transient failure (it cannot have written).</summary>
    public static readonly HttpRequestOptionsKey<bool> RetrySafe = new("tsr.retry-safe");

    public static HttpRequestMessage Create(HttpMethod method, string path, string? statement, IReadOnlyDictionary<string, Value>? parameters, QueryAccess? access, bool retrySafe)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(TypedMediaType));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json", 0.5));
        request.Options.Set(RetrySafe, retrySafe);
        if (method == HttpMethod.Delete)
        {
            return request;
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            if (statement is not null)
            {
                writer.WriteString("statement", statement);
                writer.WriteBoolean("includeCounters", true);
            }

            if (parameters is { Count: > 0 })
            {
                writer.WriteStartObject("parameters");
                foreach (var (name, value) in parameters)
                {
                    writer.WritePropertyName(name);
                    TypedJsonWriter.Write(writer, value);
                }

                writer.WriteEndObject();
            }

            if (access is { } mode)
            {
                writer.WriteString("accessMode", mode == QueryAccess.Read ? "READ" : "WRITE");
            }

            writer.WriteEndObject();
        }

        request.Content = new ByteArrayContent(buffer.ToArray());
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(TypedMediaType);
        return request;
    }
}
