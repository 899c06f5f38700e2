using System.Text.RegularExpressions;
using TechSelfReliance.Cypher.Errors;
using TechSelfReliance.Cypher.Execution;
using TechSelfReliance.Cypher.Procedures;
using TechSelfReliance.Cypher.Runtime;
using TechSelfReliance.Cypher.Tck.Expectations;
using TechSelfReliance.Cypher.Tck.Gherkin;
using TechSelfReliance.Graph;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Tck.Running;

/// <summary>
/// Runs one TCK scenario against a fresh in-memory store: sets up the graph, runs the query, and checks
/// the result table, the error (class, detail and phase) and the side effects as the TCK's README defines them.
/// </summary>
internal sealed partial class ScenarioRunner(string tckRoot)
{
    private static readonly ExecutionOptions Options = new() { Limits = new QueryLimits { Timeout = TimeSpan.FromSeconds(20) } };

    [GeneratedRegex(@"^an? (?<type>\w+) should be raised at (?<phase>compile time|runtime|any time): (?<detail>\w+|\*)$")]
    private static partial Regex ErrorStep();

    public ScenarioOutcome Run(Scenario scenario)
    {
        GraphStore? store = null;
        try
        {
            store = GraphStore.CreateInMemory();
            var procedures = new ProcedureRegistry();
            var engine = new CypherEngine(store, procedures);
            var parameters = new Dictionary<string, Value>(StringComparer.Ordinal);
            QueryResult? result = null;
            CypherException? error = null;
            GraphState? before = null;
            GraphState? after = null;
            foreach (var step in scenario.Steps)
            {
                var text = step.Text;
                if (text is "an empty graph" or "any graph")
                {
                    continue;
                }

                if (text.StartsWith("the ", StringComparison.Ordinal) && text.EndsWith(" graph", StringComparison.Ordinal) && step.Keyword == "Given")
                {
                    var name = text["the ".Length..^" graph".Length];
                    engine.Execute(File.ReadAllText(Path.Combine(tckRoot, "graphs", name + ".cypher")));
                    continue;
                }

                if (text is "having executed:")
                {
                    engine.Execute(step.DocString!);
                    continue;
                }

                if (text is "parameters are:" or "parameter values are:")
                {
                    foreach (var row in step.Table!)
                    {
                        parameters[row[0]] = ValueMatcher.ToValue(TckValueParser.Parse(row[1]));
                    }

                    continue;
                }

                if (TestProcedures.TryRegister(text, step.Table, procedures))
                {
                    continue;
                }

                if (text is "executing query:" or "executing control query:")
                {
                    before = GraphState.Capture(store);
                    result = null;
                    error = null;
                    try
                    {
                        result = engine.Execute(step.DocString!, parameters, Options);
                    }
                    catch (CypherException e)
                    {
                        error = e;
                    }

                    after = GraphState.Capture(store);
                    continue;
                }

                if (text.StartsWith("the result should be", StringComparison.Ordinal))
                {
                    if (error is not null)
                    {
                        return ScenarioOutcome.Fail($"expected a result but got {error.ErrorClass}.{error.Detail}: {error.Message}");
                    }

                    var check = CheckResult(text, step.Table, result!);
                    if (check is not null)
                    {
                        return ScenarioOutcome.Fail(check);
                    }

                    continue;
                }

                var errorMatch = ErrorStep().Match(text);
                if (errorMatch.Success)
                {
                    var check = CheckError(errorMatch, error);
                    if (check is not null)
                    {
                        return ScenarioOutcome.Fail(check);
                    }

                    continue;
                }

                if (text is "no side effects" or "the side effects should be:")
                {
                    if (before is null || after is null)
                    {
                        return ScenarioOutcome.Fail("side effects checked before any query ran");
                    }

                    var expected = (step.Table ?? []).ToDictionary(r => r[0], r => int.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);
                    var actual = before.Changes(after);
                    foreach (var (metric, count) in actual)
                    {
                        if (expected.GetValueOrDefault(metric) != count)
                        {
                            return ScenarioOutcome.Fail($"side effect {metric}: expected {expected.GetValueOrDefault(metric)} but was {count}");
                        }
                    }

                    continue;
                }

                return ScenarioOutcome.Fail($"unsupported step: {step.Keyword} {text}");
            }

            return ScenarioOutcome.Pass;
        }
        catch (CypherException e)
        {
            return ScenarioOutcome.Fail($"setup failed: {e.ErrorClass}.{e.Detail}: {e.Message}");
        }
        catch (Exception e)
        {
            return ScenarioOutcome.Fail($"runner error: {e.GetType().Name}: {e.Message}");
        }
        finally
        {
            store?.Dispose();
        }
    }

    private static string? CheckResult(string text, IReadOnlyList<IReadOnlyList<string>>? table, QueryResult result)
    {
        if (text == "the result should be empty")
        {
            return result.Rows.Count == 0 ? null : $"expected no rows but got {result.Rows.Count}: {Render(result)}";
        }

        var ordered = text.Contains("in order", StringComparison.Ordinal);
        var ignoreListOrder = text.Contains("ignoring element order for lists", StringComparison.Ordinal);
        var header = table![0];
        if (!header.Order(StringComparer.Ordinal).SequenceEqual(result.Columns.Order(StringComparer.Ordinal)))
        {
            return $"expected columns [{string.Join(", ", header)}] but got [{string.Join(", ", result.Columns)}]";
        }

        var positions = header.Select(h => result.Columns.ToList().IndexOf(h)).ToArray();
        var expected = table.Skip(1).Select(r => r.Select(TckValueParser.Parse).ToArray()).ToList();
        bool RowMatches(Value[] actual, TckValue[] wanted) => wanted.Select((w, i) => ValueMatcher.Matches(actual[positions[i]], w, ignoreListOrder)).All(m => m);
        var matches = ordered
            ? result.Rows.Count == expected.Count && result.Rows.Select((r, i) => RowMatches(r, expected[i])).All(m => m)
            : ValueMatcher.BagMatches(result.Rows, expected, RowMatches);
        return matches ? null : $"expected {expected.Count} row(s) {(ordered ? "in order" : "in any order")} but got {result.Rows.Count}: {Render(result)}";
    }

    private static string? CheckError(Match match, CypherException? error)
    {
        var type = match.Groups["type"].Value;
        var detail = match.Groups["detail"].Value;
        if (error is null)
        {
            return $"expected {type}.{detail} but the query succeeded";
        }

        var actualType = error.ErrorClass.ToString();
        if (actualType != type || (detail != "*" && error.Detail != detail))
        {
            return $"expected {type}.{detail} but got {actualType}.{error.Detail}: {error.Message}";
        }

        if (match.Groups["phase"].Value == "compile time" && !error.CompileTime)
        {
            return $"expected {type}.{detail} at compile time but it was raised at runtime";
        }

        return null;
    }

    private static string Render(QueryResult result) =>
        string.Join(" | ", result.Rows.Take(5).Select(r => "[" + string.Join(", ", r.Select(v => v.ToString())) + "]")) + (result.Rows.Count > 5 ? " ..." : string.Empty);
}
