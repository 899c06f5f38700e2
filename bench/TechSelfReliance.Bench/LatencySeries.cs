using System.Diagnostics;

namespace TechSelfReliance.Bench;

/// <summary>Times a piece of work over many inputs after a warm-up and reports median and 99th percentile in microseconds.</summary>
internal static class LatencySeries
{
    /// <summary>
    /// Times <paramref name="work"/> on every input after a warm-up long enough for the JIT to reach its
    /// optimized tier (every input once, and at least a second): steady state, for both sides of a comparison.
    /// </summary>
    public static (double P50, double P99, long Checksum) Measure<T>(IReadOnlyList<T> inputs, Func<T, long> work)
    {
        var warming = Stopwatch.StartNew();
        for (var i = 0; i < inputs.Count || warming.Elapsed < TimeSpan.FromSeconds(1); i++)
        {
            work(inputs[i % inputs.Count]);
        }

        var samples = new List<double>(inputs.Count);
        long checksum = 0;
        foreach (var input in inputs)
        {
            var started = Stopwatch.GetTimestamp();
            checksum += work(input);
            // raw ticks: a TimeSpan would round to 0.1 µs, coarser than the fastest questions
            samples.Add((Stopwatch.GetTimestamp() - started) * 1e6 / Stopwatch.Frequency);
        }

        return (Statistics.Median(samples), Statistics.Percentile(samples, 99), checksum);
    }
}
