using System.Diagnostics;

namespace TechSelfReliance.Bench.Http;

/// <summary>
/// A closed-loop HTTP load generator: a fixed number of workers, each sending its next request as soon as
/// the last answered, for a fixed time after a warm-up. Every response must be a success.
/// </summary>
public sealed class LoadGenerator(HttpClient http, int workers, TimeSpan warmup, TimeSpan duration)
{
    public sealed record Outcome(double RequestsPerSecond, double P50Milliseconds, double P99Milliseconds, long Requests, long Failures);

    public Outcome Run(Func<int, HttpRequestMessage> request)
    {
        var latencies = new List<double>[workers];
        long failures = 0;
        var measuring = false;
        var stopAt = DateTime.MaxValue;
        var tasks = new Task[workers];
        var started = Stopwatch.StartNew();
        for (var w = 0; w < workers; w++)
        {
            var worker = w;
            latencies[worker] = new List<double>(100_000);
            tasks[worker] = Task.Run(async () =>
            {
                var n = worker * 1_000_003;
                while (DateTime.UtcNow < stopAt)
                {
                    using var message = request(n++);
                    var begin = Stopwatch.GetTimestamp();
                    using var response = await http.SendAsync(message, HttpCompletionOption.ResponseContentRead);
                    var elapsed = Stopwatch.GetElapsedTime(begin).TotalMilliseconds;
                    if (!response.IsSuccessStatusCode)
                    {
                        Interlocked.Increment(ref failures);
                    }

                    if (Volatile.Read(ref measuring))
                    {
                        latencies[worker].Add(elapsed);
                    }
                }
            });
        }

        Thread.Sleep(warmup);
        Volatile.Write(ref measuring, true);
        var window = Stopwatch.StartNew();
        stopAt = DateTime.UtcNow + duration;
        Task.WaitAll(tasks);
        var seconds = window.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).ToList();
        return new Outcome(all.Count / seconds, Statistics.Percentile(all, 50), Statistics.Percentile(all, 99), all.Count, Interlocked.Read(ref failures));
    }
}
