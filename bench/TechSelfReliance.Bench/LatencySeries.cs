using System.Diagnostics;

namespace TechSelfReliance.Bench;

/// <summary>Times a piece of work over many inputs after a warm-up and reports median and 99th percentile in microseconds.</summary>
internal static class LatencySeries
{
    public static (double P50, double P99, long Checksum) Measure<T>(IReadOnlyList<T> inputs, Func<T, long> work, int warmup = 50)
    {
        for (var i = 0; i < Math.Min(warmup, inputs.Count); i++)
        {
            work(inputs[i]);
        }

        var samples = new List<double>(inputs.Count);
        long checksum = 0;
        foreach (var input in inputs)
        {
            var started = Stopwatch.GetTimestamp();
            checksum += work(input);
            samples.Add(Stopwatch.GetElapsedTime(started).TotalMicroseconds);
        }

        return (Statistics.Median(samples), Statistics.Percentile(samples, 99), checksum);
    }
}
