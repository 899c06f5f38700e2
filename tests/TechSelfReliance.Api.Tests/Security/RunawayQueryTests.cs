using System.Diagnostics;
using System.Net;
using TechSelfReliance.Api.Tests.Infrastructure;
using TechSelfReliance.Testing;

namespace TechSelfReliance.Api.Tests.Security;

/// <summary>Runs alone: it measures how promptly /health answers while a runaway query holds a core.</summary>
[Collection(nameof(RunsAlone))]
public sealed class RunawayQueryTests
{
    [Fact]
    public async Task Runaway_query_is_cut_off_at_its_limit_while_health_answers_promptly()
    {
        await using var factory = new ApiFactory(new Dictionary<string, string?> { ["Query:TimeoutSeconds"] = "3" });
        using var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);

        var watch = Stopwatch.StartNew();
        var runaway = QueryApiCalls.RunAsync(client, "MATCH (a), (b), (c), (d) RETURN count(*)");
        await Task.Delay(300);
        var healthTimes = new List<double>();
        while (!runaway.IsCompleted && healthTimes.Count < 10)
        {
            var ping = Stopwatch.StartNew();
            var health = await client.GetAsync("/health");
            healthTimes.Add(ping.Elapsed.TotalMilliseconds);
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            await Task.Delay(100);
        }

        var (status, body, _) = await runaway;
        var elapsed = watch.Elapsed;

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", QueryApiCalls.ErrorCode(body));
        Assert.InRange(elapsed.TotalSeconds, 2.5, 15);
        Assert.NotEmpty(healthTimes);
        Assert.All(healthTimes, ms => Assert.True(ms < 100, $"/health took {ms:0.0} ms while the runaway query ran: {string.Join(", ", healthTimes.Select(t => t.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)))}"));
    }
}
