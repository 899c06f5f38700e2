using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Runtime.Operators;

/// <summary>The start of every pipeline: yields the incoming row once (one empty row at the top level).</summary>
internal sealed class ArgumentOp : Operator
{
    public override string Name => "Argument";

    public override bool SingleRow => true;

    public override Value[]? RunSingle(QueryContext context, Value[] argument) => argument;

    protected override IEnumerable<Value[]> Execute(QueryContext context, Value[] argument)
    {
        yield return argument;
    }
}
