using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Runtime.Operators;

/// <summary>
/// Answers MATCH (n:Label) RETURN count(n) and MATCH ()-[r:TYPE]->() RETURN count(r) from the store's
/// statistics, without touching a single node.
/// </summary>
internal sealed class CountStoreOp(int slot, TokenReference? label, TokenReference? type, bool relationships) : Operator
{
    public override string Name => relationships ? "RelationshipCountFromCountStore" : "NodeCountFromCountStore";

    public override string Details => (label?.Name ?? type?.Name) ?? "*";

    protected override IEnumerable<Value[]> Execute(QueryContext context, Value[] argument)
    {
        long count;
        if (relationships)
        {
            var typeId = type?.Resolve(context.Graph) ?? -1;
            count = type is not null && typeId < 0 ? 0 : context.Graph.CountRelationships(-1, typeId, -1);
        }
        else
        {
            var labelId = label?.Resolve(context.Graph) ?? -1;
            count = label is null ? context.Graph.NodeCount : labelId < 0 ? 0 : context.Graph.CountNodesWithLabel(labelId);
        }

        var output = (Value[])argument.Clone();
        output[slot] = Value.Integer(count);
        yield return output;
    }
}
