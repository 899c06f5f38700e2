using System.Text.Json;
using TechSelfReliance.Backend.Wire;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Api.QueryApi;

/// <summary>
/// Reads a Query API request body, capped at the configured size, with parameters in plain or typed JSON as
/// the Content-Type says. An empty body is an empty request (commit and rollback send none).
/// Malformed bodies raise <see cref="WireFormatException"/>. Thread-safe (stateless).
/// </summary>
public static class QueryRequestReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 128 };

    public static async Task<QueryRequest> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        var body = await ReadBodyAsync(request, maxBytes, cancellationToken);
        if (body.Length == 0 || body.AsSpan().Trim(" \r\n\t"u8).Length == 0)
        {
            return new QueryRequest(null, new Dictionary<string, Value>(), false, null);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, DocumentOptions);
        }
        catch (JsonException error)
        {
            throw new WireFormatException($"The request body is not valid JSON: {error.Message}", error);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new WireFormatException("The request body must be a JSON object such as {\"statement\": \"RETURN 1\"}.");
            }

            string? statement = null;
            if (root.TryGetProperty("statement", out var statementElement))
            {
                statement = statementElement.ValueKind == JsonValueKind.String
                    ? statementElement.GetString()
                    : throw new WireFormatException("\"statement\" must be a string.");
            }

            IReadOnlyDictionary<string, Value> parameters = new Dictionary<string, Value>();
            if (root.TryGetProperty("parameters", out var parametersElement) && parametersElement.ValueKind != JsonValueKind.Null)
            {
                parameters = MediaTypes.SendsTyped(request)
                    ? TypedJsonReader.ReadMap(parametersElement)
                    : PlainJsonReader.ReadMap(parametersElement);
            }

            var includeCounters = root.TryGetProperty("includeCounters", out var counters) && counters.ValueKind == JsonValueKind.True;
            var accessMode = root.TryGetProperty("accessMode", out var mode) && mode.ValueKind == JsonValueKind.String ? mode.GetString() : null;
            return new QueryRequest(statement, parameters, includeCounters, accessMode);
        }
    }

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new RequestTooLargeException(maxBytes);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
