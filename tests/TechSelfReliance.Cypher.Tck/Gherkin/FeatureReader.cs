namespace TechSelfReliance.Cypher.Tck.Gherkin;

/// <summary>
/// Reads the Gherkin the TCK uses: Feature, Background, Scenario, Scenario Outline with Examples, steps with
/// doc strings and tables. Outlines are expanded, substituting &lt;placeholders&gt; in step text, doc strings and tables.
/// </summary>
internal static class FeatureReader
{
    public static IEnumerable<Scenario> Read(string path, string root)
    {
        var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
        var category = Path.GetDirectoryName(relative)!.Replace('\\', '/');
        var lines = File.ReadAllLines(path);
        var background = new List<Step>();
        var index = 0;
        while (index < lines.Length)
        {
            var line = lines[index].Trim();
            if (line.StartsWith("Background:", StringComparison.Ordinal))
            {
                index++;
                background.AddRange(ReadSteps(lines, ref index));
                continue;
            }

            if (line.StartsWith("Scenario Outline:", StringComparison.Ordinal) || line.StartsWith("Scenario Template:", StringComparison.Ordinal))
            {
                var name = line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
                index++;
                var steps = ReadSteps(lines, ref index);
                var exampleNumber = 0;
                while (index < lines.Length && !lines[index].Trim().StartsWith("Scenario", StringComparison.Ordinal))
                {
                    var current = lines[index].Trim();
                    if (current.StartsWith("Examples:", StringComparison.Ordinal))
                    {
                        index++;
                        var table = ReadTable(lines, ref index);
                        var header = table[0];
                        foreach (var row in table.Skip(1))
                        {
                            exampleNumber++;
                            var values = header.Zip(row).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
                            yield return new Scenario(relative, category, name, exampleNumber, [.. background, .. steps.Select(s => Substitute(s, values))]);
                        }
                    }
                    else
                    {
                        index++;
                    }
                }

                continue;
            }

            if (line.StartsWith("Scenario:", StringComparison.Ordinal))
            {
                var name = line["Scenario:".Length..].Trim();
                index++;
                var steps = ReadSteps(lines, ref index);
                yield return new Scenario(relative, category, name, null, [.. background, .. steps]);
                continue;
            }

            index++;
        }
    }

    private static List<Step> ReadSteps(string[] lines, ref int index)
    {
        var steps = new List<Step>();
        while (index < lines.Length)
        {
            var line = lines[index].Trim();
            if (line.StartsWith("Scenario", StringComparison.Ordinal) || line.StartsWith("Examples:", StringComparison.Ordinal) || line.StartsWith('@'))
            {
                break;
            }

            var keyword = new[] { "Given ", "When ", "Then ", "And ", "But " }.FirstOrDefault(k => line.StartsWith(k, StringComparison.Ordinal));
            if (keyword is null)
            {
                index++;
                continue;
            }

            var text = line[keyword.Length..].Trim();
            index++;
            string? docString = null;
            IReadOnlyList<IReadOnlyList<string>>? table = null;
            if (index < lines.Length && lines[index].Trim().StartsWith("\"\"\"", StringComparison.Ordinal))
            {
                var indent = lines[index].IndexOf('"', StringComparison.Ordinal);
                index++;
                var content = new List<string>();
                while (index < lines.Length && !lines[index].Trim().StartsWith("\"\"\"", StringComparison.Ordinal))
                {
                    var raw = lines[index];
                    content.Add(raw.Length >= indent && raw[..indent].Trim().Length == 0 ? raw[indent..] : raw.TrimStart());
                    index++;
                }

                index++;
                docString = string.Join("\n", content);
            }
            else if (index < lines.Length && lines[index].Trim().StartsWith('|'))
            {
                table = ReadTable(lines, ref index);
            }

            steps.Add(new Step(keyword.Trim(), text, docString, table));
        }

        return steps;
    }

    private static List<IReadOnlyList<string>> ReadTable(string[] lines, ref int index)
    {
        var rows = new List<IReadOnlyList<string>>();
        while (index < lines.Length && lines[index].Trim().StartsWith('|'))
        {
            rows.Add(SplitRow(lines[index].Trim()));
            index++;
        }

        return rows;
    }

    /// <summary>Splits a table row on unescaped pipes; "\|" is a literal pipe inside a cell.</summary>
    private static List<string> SplitRow(string row)
    {
        var cells = new List<string>();
        var current = new System.Text.StringBuilder();
        for (var i = 1; i < row.Length; i++)
        {
            var c = row[i];
            if (c == '\\' && i + 1 < row.Length && row[i + 1] is '|' or '\\')
            {
                current.Append(row[i + 1]);
                i++;
            }
            else if (c == '\\' && i + 1 < row.Length && row[i + 1] == 'n')
            {
                current.Append('\n');
                i++;
            }
            else if (c == '|')
            {
                cells.Add(current.ToString().Trim());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        return cells;
    }

    private static Step Substitute(Step step, Dictionary<string, string> values)
    {
        string Replace(string text)
        {
            foreach (var (key, value) in values)
            {
                text = text.Replace("<" + key + ">", value, StringComparison.Ordinal);
            }

            return text;
        }

        return step with
        {
            Text = Replace(step.Text),
            DocString = step.DocString is null ? null : Replace(step.DocString),
            Table = step.Table?.Select(r => (IReadOnlyList<string>)r.Select(Replace).ToList()).ToList(),
        };
    }
}
