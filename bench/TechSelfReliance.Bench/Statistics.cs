namespace TechSelfReliance.Bench;

/// <summary>Percentiles over recorded timings.</summary>
internal static class Statistics
{
    public static double Percentile(List<double> samples, double percentile)
    {
        if (samples.Count == 0)
        {
            return double.NaN;
        }

        var sorted = samples.Order().ToList();
        var rank = (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }

    public static double Median(List<double> samples) => Percentile(samples, 50);
}
