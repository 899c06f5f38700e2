using TechSelfReliance.Cypher.Procedures;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Runtime.Operators;

/// <summary>Calls a procedure once per input row and binds the yielded fields.</summary>
internal sealed class ProcedureCallOp(Operator input, ProcedureSignature signature, ProcedureBody body, Evaluator[] arguments, (int Field, int Slot)[] outputs) : Operator(input)
{
    public override string Name => "ProcedureCall";

    public override string Details => signature.Name;

    protected override IEnumerable<Value[]> Execute(QueryContext context, Value[] argument)
    {
        foreach (var row in Children[0].Run(context, argument))
        {
            var values = arguments.Select(a => a(row, context)).ToArray();
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = ProcedureArguments.Coerce(signature, i, values[i]);
            }

            var any = false;
            foreach (var result in body(context.Graph, values))
            {
                context.Check();
                any = true;
                var output = (Value[])row.Clone();
                foreach (var (field, slot) in outputs)
                {
                    output[slot] = result[field];
                }

                yield return output;
            }

            if (!any && signature.Outputs.Count == 0)
            {
                yield return row;
            }
        }
    }
}
