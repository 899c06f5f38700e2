using System.Globalization;
using System.Text;
using TechSelfReliance.Analytics.Projection;

namespace TechSelfReliance.Analytics.Search;

/// <summary>
/// Ranked, typo-tolerant search over names, aliases and ids. Each text scores by how the query meets it:
/// equal (1.0), a prefix (0.9), a word prefix (0.8), contained (0.7), or within a small edit distance of a
/// word (0.6 minus 0.1 per edit; one edit allowed up to 5 letters, two beyond). A query of several words
/// needs every word to match and scores their mean. Aliases count 0.95 of a name, ids 0.9, summaries 0.4.
/// Ties go to the better connected node. Thread-safe (stateless).
/// </summary>
public static class EntitySearch
{
    public static IReadOnlyList<SearchHit> Find(GraphProjection graph, string query, int limit = 10, string? label = null)
    {
        var normalizedQuery = Normalize(query);
        if (normalizedQuery.Length == 0)
        {
            return [];
        }

        var queryWords = normalizedQuery.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var hits = new List<SearchHit>();
        foreach (var node in graph.Nodes)
        {
            if (label is not null && !node.HasLabel(label))
            {
                continue;
            }

            var best = (Score: 0.0, Matched: string.Empty);
            void Consider(string text, double factor)
            {
                var score = ScoreText(normalizedQuery, queryWords, Normalize(text)) * factor;
                if (score > best.Score)
                {
                    best = (score, text);
                }
            }

            Consider(node.Name, 1.0);
            foreach (var alias in node.Aliases)
            {
                Consider(alias, 0.95);
            }

            Consider(node.Key, 0.9);
            if (best.Score == 0 && node.Properties.TryGet("summary", out var summary) && summary.Kind == Graph.Values.ValueKind.String
                && Normalize(summary.AsString()).Contains(normalizedQuery, StringComparison.Ordinal))
            {
                best = (0.4, summary.AsString());
            }

            if (best.Score > 0)
            {
                hits.Add(new SearchHit(node, Math.Round(best.Score, 4), best.Matched));
            }
        }

        return hits
            .OrderByDescending(h => h.Score)
            .ThenByDescending(h => graph.Degree(h.Node.Index))
            .ThenBy(h => h.Node.Name, StringComparer.Ordinal)
            .Take(limit)
            .ToArray();
    }

    private static double ScoreText(string query, string[] queryWords, string text)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        if (text == query)
        {
            return 1.0;
        }

        if (text.StartsWith(query, StringComparison.Ordinal))
        {
            return 0.9;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (queryWords.Length == 1)
        {
            return ScoreWord(query, text, words);
        }

        var total = 0.0;
        foreach (var queryWord in queryWords)
        {
            var score = ScoreWord(queryWord, text, words);
            if (score == 0)
            {
                return 0;
            }

            total += score;
        }

        return total / queryWords.Length * 0.95;
    }

    private static double ScoreWord(string query, string text, string[] words)
    {
        if (words.Any(w => w.StartsWith(query, StringComparison.Ordinal)))
        {
            return words.Contains(query) ? 0.85 : 0.8;
        }

        if (text.Contains(query, StringComparison.Ordinal))
        {
            return 0.7;
        }

        var allowed = query.Length <= 2 ? 0 : query.Length <= 5 ? 1 : 2;
        var nearest = int.MaxValue;
        foreach (var word in words)
        {
            if (Math.Abs(word.Length - query.Length) <= allowed)
            {
                nearest = Math.Min(nearest, EditDistance(query, word));
            }

            // a typo in a prefix: compare with the word's start of the query's length
            if (word.Length > query.Length)
            {
                nearest = Math.Min(nearest, EditDistance(query, word[..query.Length]) + (allowed > 0 ? 0 : 1));
            }
        }

        return nearest <= allowed ? 0.6 - (0.1 * nearest) : 0;
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps.</summary>
    internal static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    /// <summary>Lower case, accents removed, punctuation turned into spaces, spaces collapsed.</summary>
    internal static string Normalize(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var space = true;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else if (!space)
            {
                builder.Append(' ');
                space = true;
            }
        }

        return builder.ToString().TrimEnd();
    }
}
