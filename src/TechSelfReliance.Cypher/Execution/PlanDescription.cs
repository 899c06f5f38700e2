using System.Globalization;
using System.Text;

namespace TechSelfReliance.Cypher.Execution;

/// <summary>What EXPLAIN and PROFILE show: each operator with its details, estimated rows and, when profiled, actual rows and time.</summary>
public sealed record PlanDescription(string Operator, string Details, double EstimatedRows, long? Rows, double? TimeMilliseconds, IReadOnlyList<PlanDescription> Children)
{
    public override string ToString()
    {
        var builder = new StringBuilder();
        Render(builder, 0);
        return builder.ToString();
    }

    private void Render(StringBuilder builder, int depth)
    {
        builder.Append(' ', depth * 2).Append('+').Append(Operator);
        if (Details.Length > 0)
        {
            builder.Append(" [").Append(Details).Append(']');
        }

        builder.Append(CultureInfo.InvariantCulture, $" est. {EstimatedRows:0.#} rows");
        if (Rows is { } rows)
        {
            builder.Append(CultureInfo.InvariantCulture, $", {rows} rows, {TimeMilliseconds:0.###} ms");
        }

        builder.AppendLine();
        foreach (var child in Children)
        {
            child.Render(builder, depth + 1);
        }
    }
}
