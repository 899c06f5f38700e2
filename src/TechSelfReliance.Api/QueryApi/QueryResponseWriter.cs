using System.Buffers;
using System.Text.Json;
using TechSelfReliance.Backend.Wire;
using TechSelfReliance.Cypher.Execution;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Api.QueryApi;

/// <summary>
/// Writes a Query API success body: <c>data.fields</c>, <c>data.values</c> (plain or typed JSON), counters when
/// asked for, the plan for EXPLAIN/PROFILE, notifications, bookmarks and, inside an explicit transaction,
/// the transaction. Thread-safe (stateless).
/// </summary>
public static class QueryResponseWriter
{
    public static async Task WriteAsync(HttpContext context, QueryResult? result, bool includeCounters, string bookmark, OpenTransaction? transaction = null)
    {
        var typed = MediaTypes.WantsTyped(context.Request);
        var buffer = new ArrayBufferWriter<byte>(4096);
        await using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            if (result is not null)
            {
                WriteData(writer, result, typed);
                if (includeCounters)
                {
                    writer.WritePropertyName("counters");
                    CountersJson.Write(writer, result.Counters);
                }

                if (result.Plan is { } plan)
                {
                    writer.WritePropertyName(plan.Rows is null ? "queryPlan" : "profiledQueryPlan");
                    WritePlan(writer, plan, typed);
                }

                if (result.Notifications.Count > 0)
                {
                    WriteNotifications(writer, result.Notifications);
                }
            }

            writer.WriteStartArray("bookmarks");
            writer.WriteStringValue(bookmark);
            writer.WriteEndArray();
            if (transaction is not null)
            {
                writer.WriteStartObject("transaction");
                writer.WriteString("id", transaction.Id);
                writer.WriteString("expires", transaction.ExpiresAt.ToString("O"));
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        context.Response.StatusCode = StatusCodes.Status202Accepted;
        context.Response.ContentType = typed ? MediaTypes.Typed : MediaTypes.Json;
        context.Response.ContentLength = buffer.WrittenCount;
        await context.Response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted);
    }

    private static void WriteData(Utf8JsonWriter writer, QueryResult result, bool typed)
    {
        writer.WriteStartObject("data");
        writer.WriteStartArray("fields");
        foreach (var column in result.Columns)
        {
            writer.WriteStringValue(column);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("values");
        foreach (var row in result.Rows)
        {
            writer.WriteStartArray();
            foreach (var value in row)
            {
                WriteValue(writer, value, typed);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, Value value, bool typed)
    {
        if (typed)
        {
            TypedJsonWriter.Write(writer, value);
        }
        else
        {
            PlainJsonWriter.Write(writer, value);
        }
    }

    private static void WritePlan(Utf8JsonWriter writer, PlanDescription plan, bool typed)
    {
        writer.WriteStartObject();
        writer.WriteString("operatorType", plan.Operator);
        writer.WriteStartObject("arguments");
        writer.WritePropertyName("Details");
        WriteValue(writer, Value.String(plan.Details), typed);
        writer.WritePropertyName("EstimatedRows");
        WriteValue(writer, Value.Float(plan.EstimatedRows), typed);
        if (plan.TimeMilliseconds is { } milliseconds)
        {
            writer.WritePropertyName("Time");
            WriteValue(writer, Value.Integer((long)(milliseconds * 1_000_000)), typed);
        }

        writer.WriteEndObject();
        writer.WriteStartArray("identifiers");
        writer.WriteEndArray();
        if (plan.Rows is { } rows)
        {
            writer.WriteNumber("records", rows);
            writer.WriteNumber("dbHits", 0);
            writer.WriteBoolean("hasPageCacheStats", false);
        }

        writer.WriteStartArray("children");
        foreach (var child in plan.Children)
        {
            WritePlan(writer, child, typed);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteNotifications(Utf8JsonWriter writer, IReadOnlyList<Notification> notifications)
    {
        writer.WriteStartArray("notifications");
        foreach (var notification in notifications)
        {
            writer.WriteStartObject();
            writer.WriteString("code", notification.Code);
            writer.WriteString("title", notification.Title);
            writer.WriteString("description", notification.Description);
            writer.WriteString("severity", notification.Severity);
            writer.WriteString("category", "GENERIC");
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
