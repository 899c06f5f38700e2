using System.Text.Json;

namespace TechSelfReliance.Api.Hosting;

/// <summary>Neo4j's error body: <c>{"errors":[{"code": …, "message": …}]}</c>, with the position when there is one.</summary>
public static class Neo4jErrorJson
{
    public static void Write(Utf8JsonWriter writer, string code, string message, int? line = null, int? column = null, int? offset = null)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("errors");
        writer.WriteStartObject();
        writer.WriteString("code", code);
        writer.WriteString("message", message);
        if (line is not null && column is not null)
        {
            writer.WriteStartObject("position");
            writer.WriteNumber("line", line.Value);
            writer.WriteNumber("column", column.Value);
            writer.WriteNumber("offset", offset ?? 0);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>The HTTP status Neo4j's Query API uses for an error code.</summary>
    public static int StatusFor(string code) => code switch
    {
        "Neo.ClientError.Security.Unauthorized" => StatusCodes.Status401Unauthorized,
        "Neo.ClientError.Security.Forbidden" => StatusCodes.Status403Forbidden,
        "Neo.ClientError.Database.DatabaseNotFound" or "Neo.ClientError.Transaction.TransactionNotFound" => StatusCodes.Status404NotFound,
        _ when code.StartsWith("Neo.ClientError.", StringComparison.Ordinal) => StatusCodes.Status400BadRequest,
        _ when code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status500InternalServerError,
    };
}
