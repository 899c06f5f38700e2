using TechSelfReliance.Cypher.Errors;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Backend.Tests;

/// <summary>
/// What every backend must do, the same way: round-trip every value type, return graph elements with their
/// content, raise the same error classes, count what it changed, keep transactions, and answer the seed's
/// analyst questions. One subclass per target.
/// </summary>
public abstract class BackendContract<TTarget>(TTarget target) : IClassFixture<TTarget>
    where TTarget : class, IBackendTarget
{
    private IGraphBackend Backend => target.Backend;

    [Theory]
    [MemberData(nameof(ContractData.ValueCases), MemberType = typeof(ContractData))]
    public async Task Every_value_type_round_trips_as_a_parameter(string name)
    {
        var value = RoundTripValues.ByName[name];

        var result = await Backend.RunAsync("RETURN $value AS value", new Dictionary<string, Value> { ["value"] = value });

        var returned = Assert.Single(result.Rows)[0];
        Assert.Equal(value.Kind, returned.Kind);
        Assert.Equal(RoundTripValues.Describe(value), RoundTripValues.Describe(returned));
    }

    [Fact]
    public async Task Values_made_in_Cypher_keep_their_types()
    {
        var result = await Backend.RunAsync("""
            RETURN 9007199254740993 AS big, 0.1 AS float, date('2024-02-29') AS date, localtime('23:59:59.123456789') AS localTime,
                   time('08:00:00+05:30') AS time, localdatetime('2024-02-29T12:00:00') AS localDateTime,
                   datetime('2024-02-29T12:00:00[Asia/Shanghai]') AS zoned, duration({days: 3, hours: 4}) AS duration,
                   point({longitude: 116.4, latitude: 39.9}) AS point
            """);

        var row = Assert.Single(result.Rows);
        Assert.Equal(9007199254740993, row[0].AsInteger());
        Assert.Equal(0.1, row[1].AsFloat());
        Assert.Equal("2024-02-29", row[2].AsDate().ToString());
        Assert.Equal(ValueKind.LocalTime, row[3].Kind);
        Assert.Equal(123456789, row[3].AsLocalTime().NanoOfDay % 1_000_000_000);
        Assert.Equal(5 * 3600 + 1800, row[4].AsTime().OffsetSeconds);
        Assert.Equal(ValueKind.LocalDateTime, row[5].Kind);
        Assert.Equal("Asia/Shanghai", row[6].AsDateTime().ZoneId);
        Assert.Equal(8 * 3600, row[6].AsDateTime().OffsetSeconds);
        Assert.Equal(3, row[7].AsDuration().Days);
        Assert.Equal(4326, row[8].AsPoint().Srid);
    }

    [Fact]
    public async Task Nodes_relationships_and_paths_carry_their_content()
    {
        var result = await Backend.RunAsync("MATCH p = (s:Sanction {id: 'us-sanctions-smic'})-[r:TARGETS]->(c:Company) RETURN s, r, c, p");

        var row = Assert.Single(result.Rows);
        var sanction = row[0].NodeContent!;
        var relationship = row[1].RelationshipContent!;
        var company = row[2].NodeContent!;
        var path = row[3].AsPath();
        Assert.Contains("Sanction", sanction.Labels);
        Assert.Equal("SMIC", company.Properties["name"].AsString());
        Assert.Equal("TARGETS", relationship.Type);
        Assert.Equal(sanction.ElementId, relationship.StartElementId);
        Assert.Equal(company.ElementId, relationship.EndElementId);
        Assert.False(string.IsNullOrWhiteSpace(relationship.Properties["evidence"].AsString()));
        Assert.Equal(1, path.Length);
        Assert.Equal(company.ElementId, path.Nodes[1].NodeContent!.ElementId);
    }

    [Fact]
    public async Task Syntax_error_has_its_class_and_position()
    {
        var error = await Assert.ThrowsAsync<CypherException>(() => Backend.RunAsync("MATCH (n:Company)\nRETURN n.name ORDER"));

        Assert.Equal(CypherErrorClass.SyntaxError, error.ErrorClass);
        Assert.Equal(2, error.Line);
        Assert.NotNull(error.Column);
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.StatusCode);
    }

    [Theory]
    [InlineData("RETURN $missing", CypherErrorClass.ParameterMissing)]
    [InlineData("RETURN 1 / 0", CypherErrorClass.ArithmeticError)]
    [InlineData("WITH 1 AS x RETURN x.name", CypherErrorClass.TypeError)]
    public async Task Runtime_errors_have_the_same_class(string statement, CypherErrorClass expected)
    {
        var error = await Assert.ThrowsAsync<CypherException>(() => Backend.RunAsync(statement));

        Assert.Equal(expected, error.ErrorClass);
    }

    [Fact]
    public async Task Constraint_violation_fails_the_statement_and_writes_nothing()
    {
        var marker = Guid.NewGuid().ToString("N");

        var error = await Assert.ThrowsAsync<CypherException>(() =>
            Backend.RunAsync($"CREATE (:Entity {{id: '{marker}'}}), (:Entity {{id: 'smic'}})", null, QueryAccess.Write));

        Assert.Equal(CypherErrorClass.ConstraintValidationFailed, error.ErrorClass);
        var count = await Backend.RunAsync("MATCH (n:Entity {id: $id}) RETURN count(n)", new Dictionary<string, Value> { ["id"] = Value.String(marker) });
        Assert.Equal(0, count.Rows[0][0].AsInteger());
    }

    [Fact]
    public async Task Counters_report_what_a_statement_changed()
    {
        var label = "Probe" + Guid.NewGuid().ToString("N")[..8];

        var created = await Backend.RunAsync($"CREATE (a:{label} {{n: 1}})-[:LINK]->(b:{label})", null, QueryAccess.Write);
        var deleted = await Backend.RunAsync($"MATCH (n:{label}) DETACH DELETE n", null, QueryAccess.Write);

        Assert.Equal(2, created.Counters.NodesCreated);
        Assert.Equal(1, created.Counters.RelationshipsCreated);
        Assert.Equal(1, created.Counters.PropertiesSet);
        Assert.Equal(2, created.Counters.LabelsAdded);
        Assert.Equal(2, deleted.Counters.NodesDeleted);
        Assert.Equal(1, deleted.Counters.RelationshipsDeleted);
    }

    [Fact]
    public async Task Read_access_refuses_a_write_before_it_runs()
    {
        var label = "Refused" + Guid.NewGuid().ToString("N")[..8];

        var error = await Assert.ThrowsAsync<CypherException>(() => Backend.RunAsync($"CREATE (:{label})", null, QueryAccess.Read));

        Assert.Equal(CypherErrorClass.AccessMode, error.ErrorClass);
        var count = await Backend.RunAsync($"MATCH (n:{label}) RETURN count(n)");
        Assert.Equal(0, count.Rows[0][0].AsInteger());
    }

    [Fact]
    public async Task Committed_transaction_is_visible_and_rolled_back_one_is_not()
    {
        var label = "Tx" + Guid.NewGuid().ToString("N")[..8];

        await using (var committed = await Backend.BeginTransactionAsync())
        {
            await committed.RunAsync($"CREATE (:{label} {{n: 1}})");
            var inside = await committed.RunAsync($"MATCH (n:{label}) RETURN count(n)");
            Assert.Equal(1, inside.Rows[0][0].AsInteger());
            await committed.CommitAsync();
        }

        await using (var rolledBack = await Backend.BeginTransactionAsync())
        {
            await rolledBack.RunAsync($"CREATE (:{label} {{n: 2}})");
            await rolledBack.RollbackAsync();
        }

        var after = await Backend.RunAsync($"MATCH (n:{label}) RETURN collect(n.n) AS ns");
        Assert.Equal([1L], after.Rows[0][0].AsList().Items.ToArray().Select(v => v.AsInteger()));
        await Backend.RunAsync($"MATCH (n:{label}) DELETE n", null, QueryAccess.Write);
    }

    [Fact]
    public async Task Failed_statement_ends_its_transaction_without_a_trace()
    {
        var label = "Half" + Guid.NewGuid().ToString("N")[..8];
        await using var transaction = await Backend.BeginTransactionAsync();
        await transaction.RunAsync($"CREATE (:{label})");

        await Assert.ThrowsAsync<CypherException>(() => transaction.RunAsync("RETURN 1 / 0"));
        await transaction.RollbackAsync();

        var count = await Backend.RunAsync($"MATCH (n:{label}) RETURN count(n)");
        Assert.Equal(0, count.Rows[0][0].AsInteger());
    }

    [Fact]
    public async Task Data_version_changes_when_data_changes()
    {
        var before = await Backend.GetDataVersionAsync();
        var label = "Version" + Guid.NewGuid().ToString("N")[..8];

        await Backend.RunAsync($"CREATE (:{label})", null, QueryAccess.Write);
        var after = await Backend.GetDataVersionAsync();
        await Backend.RunAsync($"MATCH (n:{label}) DELETE n", null, QueryAccess.Write);

        Assert.NotEqual(before, after);
        Assert.True((await Backend.CheckHealthAsync()).Healthy);
    }

    [Theory]
    [MemberData(nameof(ContractData.AnalystQuestions), MemberType = typeof(ContractData))]
    public async Task Seed_answers_the_analyst_questions(string question, string statement, string[] expected)
    {
        var result = await Backend.RunAsync(statement);

        var answers = result.Rows.Select(r => r[0].Kind == ValueKind.Integer ? r[0].AsInteger().ToString(System.Globalization.CultureInfo.InvariantCulture) : r[0].AsString()).ToArray();
        Assert.True(expected.SequenceEqual(answers), $"{question}: expected [{string.Join(", ", expected)}], got [{string.Join(", ", answers)}]");
    }
}
