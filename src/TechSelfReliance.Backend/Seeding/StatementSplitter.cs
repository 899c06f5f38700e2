using System.Text;

namespace TechSelfReliance.Backend.Seeding;

/// <summary>Splits a Cypher script into statements at semicolons outside strings, quoted names and comments.</summary>
public static class StatementSplitter
{
    public static IReadOnlyList<string> Split(string script)
    {
        var statements = new List<string>();
        var current = new StringBuilder();
        var meaningful = false;
        for (var i = 0; i < script.Length; i++)
        {
            var c = script[i];
            if (c is '\'' or '"' or '`')
            {
                var end = i + 1;
                while (end < script.Length && script[end] != c)
                {
                    end += script[end] == '\\' && c != '`' ? 2 : 1;
                }

                end = Math.Min(end, script.Length - 1);
                current.Append(script, i, end - i + 1);
                meaningful = true;
                i = end;
                continue;
            }

            if (c == '/' && i + 1 < script.Length && script[i + 1] == '/')
            {
                while (i < script.Length && script[i] != '\n')
                {
                    i++;
                }

                current.Append('\n');
                continue;
            }

            if (c == ';')
            {
                if (meaningful)
                {
                    statements.Add(current.ToString().Trim());
                }

                current.Clear();
                meaningful = false;
                continue;
            }

            current.Append(c);
            meaningful |= !char.IsWhiteSpace(c);
        }

        if (meaningful)
        {
            statements.Add(current.ToString().Trim());
        }

        return statements;
    }
}
