using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Runtime.Operators;

/// <summary>
/// An aggregation without grouping keys whose only aggregate is a count the operator works out without a row
/// per counted thing: it yields one row, holding nothing but the count.
/// </summary>
internal abstract class CountOnlyOp(Operator input, int countSlot) : Operator(input)
{
    public override bool SingleRow => true;

    public override Value[]? RunSingle(QueryContext context, Value[] argument)
    {
        var count = Count(context, argument);
        Array.Clear(argument);
        argument[countSlot] = Value.Integer(count);
        return argument;
    }

    protected override IEnumerable<Value[]> Execute(QueryContext context, Value[] argument)
    {
        yield return RunSingle(context, (Value[])argument.Clone())!;
    }

    /// <summary>The count over every row the input yields for this argument (which this may fill in place).</summary>
    protected abstract long Count(QueryContext context, Value[] argument);
}
