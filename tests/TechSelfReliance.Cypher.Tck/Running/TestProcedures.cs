using System.Text.RegularExpressions;
using TechSelfReliance.Cypher.Procedures;
using TechSelfReliance.Cypher.Tck.Expectations;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Tck.Running;

/// <summary>
/// Registers the procedures a scenario declares ("there exists a procedure test.my.proc(in :: INTEGER?) :: (out :: STRING?)"),
/// answering from the scenario's table: a call yields the rows whose input columns equal its arguments.
/// </summary>
internal static partial class TestProcedures
{
    [GeneratedRegex(@"^there exists a procedure (?<name>[\w.]+)\((?<inputs>[^)]*)\) :: (?:\((?<outputs>[^)]*)\)|VOID):$")]
    private static partial Regex Declaration();

    public static bool TryRegister(string text, IReadOnlyList<IReadOnlyList<string>>? table, ProcedureRegistry registry)
    {
        var match = Declaration().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var inputs = Fields(match.Groups["inputs"].Value);
        var outputs = match.Groups["outputs"].Success ? Fields(match.Groups["outputs"].Value) : [];
        var rows = (table ?? []).Skip(1).Select(r => r.Select(TckValueParser.Parse).Select(ValueMatcher.ToValue).ToArray()).ToList();
        var signature = new ProcedureSignature(match.Groups["name"].Value, inputs, outputs);
        registry.Register(signature, (_, arguments) => rows
            .Where(r => Enumerable.Range(0, inputs.Count).All(i => Same(r[i], arguments[i])))
            .Select(r => r.Skip(inputs.Count).ToArray())
            .ToList());
        return true;
    }

    private static List<ProcedureField> Fields(string text) => text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(f => f.Split("::", StringSplitOptions.TrimEntries))
        .Select(p => new ProcedureField(p[0], p[1]))
        .ToList();

    private static bool Same(Value expected, Value actual) =>
        expected.IsNull ? actual.IsNull : Runtime.Values.CypherComparison.Equal(expected, actual) == true;
}
