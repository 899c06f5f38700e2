using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Runtime.Operators;

/// <summary>Binds the node(s) with the given id(s): WHERE id(n) = x, or id(n) IN list.</summary>
internal sealed class NodeByIdSeekOp(Operator input, int slot, Evaluator ids, string variable) : Operator(input)
{
    public override string Name => "NodeByIdSeek";

    public override string Details => variable;

    protected override IEnumerable<Value[]> Execute(QueryContext context, Value[] argument)
    {
        Value[]? output = null;
        foreach (var row in Children[0].Run(context, argument))
        {
            var value = ids(row, context);
            if (value.Kind != ValueKind.List)
            {
                if (Exists(value, context))
                {
                    output ??= new Value[row.Length];
                    Array.Copy(row, output, row.Length);
                    output[slot] = Value.Node(value.AsInteger());
                    yield return output;
                }

                continue;
            }

            foreach (var id in value.AsList().Items.ToArray().Distinct())
            {
                if (!Exists(id, context))
                {
                    continue;
                }

                output ??= new Value[row.Length];
                Array.Copy(row, output, row.Length);
                output[slot] = Value.Node(id.AsInteger());
                yield return output;
            }
        }
    }

    private static bool Exists(Value id, QueryContext context) => id.Kind == ValueKind.Integer && context.Graph.NodeExists(id.AsInteger());
}
