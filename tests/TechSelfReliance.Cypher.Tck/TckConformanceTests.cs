using System.Text;
using TechSelfReliance.Cypher.Tck.Gherkin;
using TechSelfReliance.Cypher.Tck.Running;

namespace TechSelfReliance.Cypher.Tck;

/// <summary>
/// Runs every scenario of the openCypher TCK and compares with the committed baseline (baseline.txt, the
/// scenarios known to pass). Any baseline scenario that fails is a regression and fails this test. Set
/// TCK_UPDATE_BASELINE=1 to rewrite the baseline after an improvement. A full report goes to
/// artifacts/tck-report.txt.
/// </summary>
public sealed class TckConformanceTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_baseline_scenario_of_the_openCypher_TCK_passes()
    {
        var root = TckLocation.Root();
        Assert.True(Directory.Exists(root), $"The openCypher TCK is expected at {root} (set TCK_PATH to override).");
        var scenarios = Directory.EnumerateFiles(root, "*.feature", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .SelectMany(f => FeatureReader.Read(f, root))
            .ToList();
        Assert.True(scenarios.Count > 1000, $"Only {scenarios.Count} scenarios were found under {root}.");

        var runner = new ScenarioRunner(root);
        var outcomes = scenarios.AsParallel().WithDegreeOfParallelism(Environment.ProcessorCount)
            .Select(s => (Scenario: s, Outcome: runner.Run(s)))
            .ToList();

        var passed = outcomes.Where(o => o.Outcome.Passed).Select(o => o.Scenario.Id).ToHashSet(StringComparer.Ordinal);
        var baselinePath = Path.Combine(TckLocation.RepositoryRoot(), "tests", "TechSelfReliance.Cypher.Tck", "baseline.txt");
        var baseline = File.Exists(baselinePath)
            ? File.ReadAllLines(baselinePath).Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet(StringComparer.Ordinal)
            : [];

        var report = new StringBuilder();
        report.AppendLine($"openCypher TCK at {root}: {passed.Count} of {outcomes.Count} scenarios pass ({100.0 * passed.Count / outcomes.Count:F1}%).");
        foreach (var group in outcomes.GroupBy(o => o.Scenario.Category).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var ok = group.Count(o => o.Outcome.Passed);
            report.AppendLine($"  {group.Key,-45} {ok,5} / {group.Count(),-5} {100.0 * ok / group.Count(),6:F1}%");
        }

        var regressions = baseline.Where(id => !passed.Contains(id)).Order(StringComparer.Ordinal).ToList();
        var failures = outcomes.Where(o => !o.Outcome.Passed).OrderBy(o => o.Scenario.Id, StringComparer.Ordinal).ToList();
        var details = new StringBuilder(report.ToString());
        details.AppendLine().AppendLine("Failing scenarios:");
        foreach (var (scenario, outcome) in failures)
        {
            details.AppendLine($"- {scenario.Id}: {outcome.Reason}");
        }

        var artifacts = Path.Combine(TckLocation.RepositoryRoot(), "artifacts");
        Directory.CreateDirectory(artifacts);
        File.WriteAllText(Path.Combine(artifacts, "tck-report.txt"), details.ToString());
        output.WriteLine(report.ToString());

        if (Environment.GetEnvironmentVariable("TCK_UPDATE_BASELINE") == "1")
        {
            File.WriteAllLines(baselinePath, ["# openCypher TCK scenarios that pass; regenerate with TCK_UPDATE_BASELINE=1", .. passed.Order(StringComparer.Ordinal)]);
        }

        Assert.True(regressions.Count == 0,
            $"{regressions.Count} scenario(s) of the baseline now fail:\n" + string.Join("\n", regressions.Take(50).Select(id => $"- {id}: {outcomes.First(o => o.Scenario.Id == id).Outcome.Reason}")));
    }
}
