using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Runtime.Operators;

/// <summary>
/// <c>count(*)</c> of an index seek with nothing after it: counts the nodes the seek finds without building a
/// row for each. Yields one row, like an aggregation without grouping keys.
/// </summary>
internal sealed class IndexSeekCountOp(NodeIndexSeekOp seek, int countSlot) : CountOnlyOp(seek.Children[0], countSlot)
{
    public override string Name => "EagerAggregation(IndexCount)";

    public override string Details => $"count(*) of {seek.Name} {seek.Details}";

    protected override long Count(QueryContext context, Value[] argument)
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
