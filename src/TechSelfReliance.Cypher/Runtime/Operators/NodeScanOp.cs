using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Runtime.Operators;

/// <summary>For each input row, every node (or every node with a label), bound to a slot.</summary>
internal sealed class NodeScanOp(Operator input, int slot, TokenReference? label, string variable) : Operator(input)
{
    public override string Name => label is null ? "AllNodesScan" : "NodeByLabelScan";

    public override string Details => label is null ? variable : $"{variable}:{label.Name}";

    protected override IEnumerable<Value[]> Execute(QueryContext context, Value[] argument)
    {
        Value[]? output = null;
        foreach (var row in Children[0].Run(context, argument))
        {
            if (label is null)
            {
                foreach (var node in context.Graph.AllNodes())
                {
                    context.Check();
                    output ??= new Value[row.Length];
                Array.Copy(row, output, row.Length);
                    output[slot] = Value.Node(node);
                    yield return output;
                }

                continue;
            }

            var labelId = label.Resolve(context.Graph);
            if (labelId < 0)
            {
                continue;
            }

            foreach (var node in context.Graph.NodesWithLabel(labelId))
            {
                context.Check();
                output ??= new Value[row.Length];
                Array.Copy(row, output, row.Length);
                output[slot] = Value.Node(node);
                yield return output;
            }
        }
    }
}
