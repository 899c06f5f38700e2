using System.Net;
using System.Text.Json;
using TechSelfReliance.Api.Tests.Infrastructure;

namespace TechSelfReliance.Api.Tests.QueryApi;

public sealed class QueryApiTypedJsonTests(SeededApi api) : IClassFixture<SeededApi>
{
    [Fact]
    public async Task Typed_response_says_the_type_of_every_value()
    {
        var statement = """
            RETURN 1 AS integer, 2.5 AS float, 'text' AS string, true AS boolean, null AS nothing,
                   [1, 'a'] AS list, {k: 1} AS map, date('2024-05-01') AS date, localtime('12:30:15.5') AS localTime,
                   time('12:30+02:00') AS time, localdatetime('2024-05-01T12:30') AS localDateTime,
                   datetime('2024-05-01T12:30+02:00') AS offsetDateTime, datetime('2024-05-01T12:30[Europe/Berlin]') AS zonedDateTime,
                   duration('P1Y2M3DT4H') AS duration, point({x: 1.5, y: 2}) AS point
            """;
        var (status, body, response) = await QueryApiCalls.RunAsync(api.Client, statement, typed: true);

        Assert.Equal(HttpStatusCode.Accepted, status);
        Assert.Equal("application/vnd.neo4j.query", response.Content.Headers.ContentType!.ToString());
        var fields = body.GetProperty("data").GetProperty("fields").EnumerateArray().Select(f => f.GetString()!).ToArray();
        var values = body.GetProperty("data").GetProperty("values")[0];
        var byField = fields.Select((f, i) => (f, values[i])).ToDictionary(p => p.f, p => p.Item2);
        void Expect(string field, string type, string? value)
        {
            Assert.Equal(type, byField[field].GetProperty("$type").GetString());
            if (value is not null)
            {
                Assert.Equal(value, byField[field].GetProperty("_value").GetString());
            }
        }

        Expect("integer", "Integer", "1");
        Expect("float", "Float", "2.5");
        Expect("string", "String", "text");
        Expect("date", "Date", "2024-05-01");
        Expect("localTime", "LocalTime", "12:30:15.5");
        Expect("time", "Time", "12:30:00+02:00");
        Expect("localDateTime", "LocalDateTime", "2024-05-01T12:30:00");
        Expect("offsetDateTime", "OffsetDateTime", "2024-05-01T12:30:00+02:00");
        Expect("zonedDateTime", "ZonedDateTime", "2024-05-01T12:30:00+02:00[Europe/Berlin]");
        Expect("duration", "Duration", "P1Y2M3DT4H");
        Expect("point", "Point", "SRID=7203;POINT (1.5 2)");
        Assert.Equal("Boolean", byField["boolean"].GetProperty("$type").GetString());
        Assert.True(byField["boolean"].GetProperty("_value").GetBoolean());
        Assert.Equal(JsonValueKind.Null, byField["nothing"].GetProperty("_value").ValueKind);
        Assert.Equal("Integer", byField["list"].GetProperty("_value")[0].GetProperty("$type").GetString());
        Assert.Equal("Integer", byField["map"].GetProperty("_value").GetProperty("k").GetProperty("$type").GetString());
    }

    [Fact]
    public async Task Typed_graph_elements_use_Neo4j_field_names()
    {
        var (_, body, _) = await QueryApiCalls.RunAsync(api.Client,
            "MATCH p = (:Sanction {id: 'us-sanctions-smic'})-[r:TARGETS]->(c) RETURN c, r, p", typed: true);

        var row = body.GetProperty("data").GetProperty("values")[0];
        var node = row[0].GetProperty("_value");
        Assert.Equal("Node", row[0].GetProperty("$type").GetString());
        Assert.StartsWith("4:", node.GetProperty("_element_id").GetString());
        Assert.Equal("String", node.GetProperty("_properties").GetProperty("name").GetProperty("$type").GetString());
        var relationship = row[1].GetProperty("_value");
        Assert.Equal("TARGETS", relationship.GetProperty("_type").GetString());
        Assert.Equal(node.GetProperty("_element_id").GetString(), relationship.GetProperty("_end_node_element_id").GetString());
        Assert.Equal("Path", row[2].GetProperty("$type").GetString());
        Assert.Equal(["Node", "Relationship", "Node"], row[2].GetProperty("_value").EnumerateArray().Select(v => v.GetProperty("$type").GetString()));
    }

    [Fact]
    public async Task Typed_parameters_arrive_with_their_types()
    {
        var body = """
            {"statement": "RETURN $i + 1 AS i, $d.year AS year, $dt.timezone AS zone, $dur.days AS days, $p.x AS x, [x IN $l | x * 2] AS doubled, $m.k AS k",
             "parameters": {
               "i": {"$type": "Integer", "_value": "9007199254740993"},
               "d": {"$type": "Date", "_value": "2015-03-26"},
               "dt": {"$type": "ZonedDateTime", "_value": "2015-11-21T21:40:32.142Z[Antarctica/Troll]"},
               "dur": {"$type": "Duration", "_value": "P14DT16H12M"},
               "p": {"$type": "Point", "_value": "SRID=4326;POINT (12.5 55.6)"},
               "l": {"$type": "List", "_value": [{"$type": "Float", "_value": "1.5"}]},
               "m": {"$type": "Map", "_value": {"k": {"$type": "String", "_value": "v"}}}
             }}
            """;
        var (status, response, _) = await QueryApiCalls.PostAsync(api.Client, QueryApiCalls.Path, body, typedResponse: true, typedRequest: true);

        Assert.Equal(HttpStatusCode.Accepted, status);
        var row = response.GetProperty("data").GetProperty("values")[0];
        Assert.Equal("9007199254740994", row[0].GetProperty("_value").GetString());
        Assert.Equal("2015", row[1].GetProperty("_value").GetString());
        Assert.Equal("Antarctica/Troll", row[2].GetProperty("_value").GetString());
        Assert.Equal("14", row[3].GetProperty("_value").GetString());
        Assert.Equal("12.5", row[4].GetProperty("_value").GetString());
        Assert.Equal("3", row[5].GetProperty("_value")[0].GetProperty("_value").GetString());
        Assert.Equal("v", row[6].GetProperty("_value").GetString());
    }

    [Fact]
    public async Task Malformed_typed_parameter_is_a_request_error()
    {
        var body = """{"statement": "RETURN $i", "parameters": {"i": {"$type": "Integer", "_value": "not a number"}}}""";
        var (status, response, _) = await QueryApiCalls.PostAsync(api.Client, QueryApiCalls.Path, body, typedRequest: true);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Neo.ClientError.Request.Invalid", QueryApiCalls.ErrorCode(response));
    }
}
