using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Runtime.Operators;

/// <summary>
/// <c>count(*)</c> of an index seek with nothing after it: counts the nodes the seek finds without building a
/// row for each. Yields one row, like an aggregation without grouping keys.
/// </summary>
internal sealed class IndexSeekCountOp(NodeIndexSeekOp seek, int countSlot) : Operator(seek.Children[0])
{
    public override string Name => "EagerAggregation(IndexCount)";

    public override string Details => $"count(*) of {seek.Name} {seek.Details}";

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

    private long Count(QueryContext context, Value[] argument)
    {
        var input = Children[0];
        if (input.SingleRow && context.Profile is null)
        {
            return input.RunSingle(context, argument) is { } row ? seek.Count(context, row) : 0;
        }

        long count = 0;
        foreach (var row in input.Run(context, argument))
        {
            count += seek.Count(context, row);
        }

        return count;
    }
}
