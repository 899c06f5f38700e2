using System.Text.Json;
using TechSelfReliance.Api.Tests.Infrastructure;
using TechSelfReliance.Testing;

namespace TechSelfReliance.Api.Tests.QueryApi;

/// <summary>
/// Neo4j's own Query API client (@neo4j-labs/experimental-query-api-wrapper, from npm, unchanged) against the
/// real server on a loopback port: reads, typed parameters, paths, writes, transactions and errors.
/// </summary>
public sealed class QueryApiWrapperClientTests
{
    [Fact]
    public async Task Neo4j_query_api_client_works_against_the_server_unchanged()
    {
        await using var factory = new ApiFactory();
        var url = factory.StartOnLoopback();
        var folder = ProcessRunner.SourceFolder("tests/TechSelfReliance.Api.Tests/QueryApiClient");
        if (!File.Exists(Path.Combine(folder, "node_modules", ".package-lock.json")))
        {
            var install = await ProcessRunner.RunAsync("npm", "ci --no-audit --no-fund --loglevel=error", folder, TimeSpan.FromMinutes(5));
            Assert.True(install.ExitCode == 0, install.Error);
        }

        var build = await ProcessRunner.RunAsync("npm", "run build --silent", folder, TimeSpan.FromMinutes(2));
        Assert.True(build.ExitCode == 0, build.Error + build.Output);
        var run = await ProcessRunner.RunAsync("node", $"artifacts/check.cjs {url.ToString().TrimEnd('/')} {ApiFactory.WriteToken}", folder, TimeSpan.FromMinutes(2));
        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        var report = JsonDocument.Parse(run.Output.Trim().Split('\n')[^1]).RootElement;

        var read = report.GetProperty("read");
        Assert.Equal("SMIC", read.GetProperty("name").GetString());
        Assert.Equal("SMIC", read.GetProperty("propertyName").GetString());
        Assert.Contains("Company", read.GetProperty("labels").EnumerateArray().Select(l => l.GetString()));
        Assert.StartsWith("4:", read.GetProperty("elementId").GetString());

        var typed = report.GetProperty("typed");
        Assert.Equal(42, typed.GetProperty("i").GetInt32());
        Assert.True(typed.GetProperty("iIsInteger").GetBoolean());
        Assert.Equal(2.5, typed.GetProperty("f").GetDouble());
        Assert.Equal("2024-05-01", typed.GetProperty("d").GetString());
        Assert.True(typed.GetProperty("dIsDate").GetBoolean());
        Assert.Equal("v", typed.GetProperty("k").GetString());
        Assert.Equal(2, typed.GetProperty("list")[1].GetInt32());

        var path = report.GetProperty("path");
        Assert.True(path.GetProperty("isPath").GetBoolean());
        Assert.Equal(1, path.GetProperty("length").GetInt32());
        Assert.Equal("TARGETS", path.GetProperty("type").GetString());
        Assert.Equal("smic", path.GetProperty("end").GetString());

        Assert.Equal(1, report.GetProperty("write").GetProperty("nodesCreated").GetInt32());
        Assert.Equal([1], report.GetProperty("transactions").GetProperty("committed").EnumerateArray().Select(n => n.GetInt32()));
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", report.GetProperty("syntaxError").GetProperty("code").GetString());
        Assert.Equal("Neo.ClientError.Security.Unauthorized", report.GetProperty("wrongPassword").GetProperty("code").GetString());
    }
}
