using System.Diagnostics;
using System.Text.RegularExpressions;
using TechSelfReliance.Cypher.Errors;
using TechSelfReliance.Cypher.Execution;
using TechSelfReliance.Cypher.Runtime;

namespace TechSelfReliance.Cypher.Tests;

/// <summary>
/// Random and mutated queries (mutations of every query in the TCK corpus) may only ever fail with a
/// <see cref="CypherException"/>: no other exception, no crash, and nothing running past its time limit.
/// </summary>
public sealed partial class RobustnessTests
{
    private static readonly ExecutionOptions Options = new() { Limits = new QueryLimits { Timeout = TimeSpan.FromSeconds(2), MaxBufferedRows = 200_000, MaxResultRows = 200_000 } };

    [GeneratedRegex("\"\"\"\\s*\\n(?<query>.*?)\\n\\s*\"\"\"", RegexOptions.Singleline)]
    private static partial Regex DocString();

    [Fact]
    public void Mutated_tck_queries_fail_only_with_cypher_errors_and_within_their_time_limit()
    {
        var queries = TckQueries();
        Assert.True(queries.Count > 500, $"only {queries.Count} TCK queries found");
        var random = new Random(1234);
        using var fixture = new EngineFixture();
        fixture.Run("CREATE (:A {name: 'a', num: 1})-[:T {num: 2}]->(:B {name: 'b'}), (:C)");
        var unexpected = new List<string>();
        var executed = 0;
        foreach (var query in queries.Concat(queries.Select(q => Mutate(q, random))).Concat(queries.Select(q => Mutate(Mutate(q, random), random))))
        {
            var watch = Stopwatch.StartNew();
            try
            {
                fixture.Engine.Execute(query, null, Options);
            }
            catch (CypherException)
            {
            }
            catch (Exception error)
            {
                unexpected.Add($"{error.GetType().Name}: {error.Message}\n  {query}");
            }

            executed++;
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(15), $"the query ran for {watch.Elapsed} despite a 2 s limit:\n{query}");
            fixture.Run("MATCH (n) WHERE NOT n:A AND NOT n:B AND NOT n:C DETACH DELETE n");
        }

        Assert.True(unexpected.Count == 0, string.Join("\n", unexpected.Take(20)));
        Assert.True(executed >= 3 * queries.Count);
    }

    [Fact]
    public void Random_character_soup_fails_only_with_syntax_errors()
    {
        var random = new Random(99);
        const string Alphabet = "()[]{}<>-=:,.*|$'\"`\\ abcMATCHRETURNWHERE0123456789+^%/~!?;\n";
        using var fixture = new EngineFixture();
        for (var i = 0; i < 3000; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(1, 60)).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());
            try
            {
                fixture.Engine.Execute(text, null, Options);
            }
            catch (CypherException)
            {
            }
        }
    }

    private static string Mutate(string query, Random random)
    {
        if (query.Length < 2)
        {
            return query + ")";
        }

        var at = random.Next(query.Length);
        return random.Next(5) switch
        {
            0 => query.Remove(at, Math.Min(random.Next(1, 6), query.Length - at)),
            1 => query.Insert(at, "()[]{}-><,.:|*$'\"0xyz"[random.Next(21)].ToString()),
            2 => query[..at] + query[at..].Replace(" ", "  ", StringComparison.Ordinal),
            3 => query.Insert(at, query.Substring(random.Next(query.Length), 1)),
            _ => query[..at],
        };
    }

    private static List<string> TckQueries()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "TechSelfReliance.sln")))
        {
            directory = directory.Parent;
        }

        var root = Environment.GetEnvironmentVariable("TCK_PATH") is { Length: > 0 } configured
            ? configured
            : Path.Combine(directory!.FullName, "..", "shared", "tck");
        return Directory.EnumerateFiles(root, "*.feature", SearchOption.AllDirectories)
            .SelectMany(f => DocString().Matches(File.ReadAllText(f)).Select(m => m.Groups["query"].Value))
            .Where(q => !q.Contains('<', StringComparison.Ordinal) || q.Contains("->", StringComparison.Ordinal))
            .Distinct()
            .ToList();
    }
}
