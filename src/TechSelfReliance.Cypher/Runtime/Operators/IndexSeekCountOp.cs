using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Runtime.Operators;

/// <summary>
/// <c>count(*)</c> of an index seek with nothing after it: counts the nodes the seek finds without building a
/// row for each. Yields one row, like an aggregation without grouping keys.
/// </summary>
internal sealed class IndexSeekCountOp(NodeIndexSeekOp seek, int countSlot, Planning.SlotAllocator slots) : Operator(seek.Children[0])
{
    public override string Name => "EagerAggregation(IndexCount)";

    public override string Details => $"count(*) of {seek.Name} {seek.Details}";

    protected override IEnumerable<Value[]> Execute(QueryContext context, Value[] argument)
    {
        long count = 0;
        foreach (var row in Children[0].Run(context, argument))
        {
            count += seek.Count(context, row);
        }

        var output = new Value[slots.Count];
        output[countSlot] = Value.Integer(count);
        yield return output;
    }
}
