using System.Text.Json;
using TechSelfReliance.Backend.Wire;
using TechSelfReliance.Cypher.Execution;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Backend.Neo4j;

/// <summary>Reads a Query API response in typed JSON into a <see cref="QueryResult"/>, or its error into a CypherException.</summary>
internal static class QueryApiResponse
{
    public static QueryResult ToResult(JsonElement body, string statement)
    {
        ThrowIfError(body, statement);
        var columns = Array.Empty<string>();
        var rows = new List<Value[]>();
        if (body.TryGetProperty("data", out var data))
        {
            columns = data.GetProperty("fields").EnumerateArray().Select(f => f.GetString()!).ToArray();
            foreach (var row in data.GetProperty("values").EnumerateArray())
            {
                rows.Add(row.EnumerateArray().Select(TypedJsonReader.Read).ToArray());
            }
        }

        var counters = body.TryGetProperty("counters", out var c) ? CountersJson.Read(c) : new QueryCounters();
        var notifications = body.TryGetProperty("notifications", out var n) && n.ValueKind == JsonValueKind.Array
            ? n.EnumerateArray().Select(x => new Notification(Text(x, "code"), Text(x, "title"), Text(x, "description"), Text(x, "severity"))).ToArray()
            : [];
        var queryType = counters.ContainsUpdates ? "rw" : "r";
        return new QueryResult(columns, rows, queryType) { Counters = counters, Notifications = notifications };
    }

    public static void ThrowIfError(JsonElement body, string statement)
    {
        if (body.ValueKind == JsonValueKind.Object && body.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
        {
            var error = errors[0];
            int? offset = error.TryGetProperty("position", out var position) && position.TryGetProperty("offset", out var o) ? o.GetInt32() : null;
            throw Neo4jErrorTranslator.Translate(Text(error, "code"), Text(error, "message"), statement, offset);
        }
    }

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;
}
