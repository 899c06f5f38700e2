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

    public override bool SingleRow => true;

    public override Value[]? RunSingle(QueryContext context, Value[] argument)
    {
        argument[slot] = Value.Integer(Count(context.Graph));
        return argument;
    }

    protected override IEnumerable<Value[]> Execute(QueryContext context, Value[] argument)
    {
        yield return RunSingle(context, (Value[])argument.Clone())!;
    }

    private long Count(Graph.Access.GraphView graph)
    {
        if (relationships)
        {
            var typeId = type?.Resolve(graph) ?? -1;
            return type is not null && typeId < 0 ? 0 : graph.CountRelationships(-1, typeId, -1);
        }

        var labelId = label?.Resolve(graph) ?? -1;
        return label is null ? graph.NodeCount : labelId < 0 ? 0 : graph.CountNodesWithLabel(labelId);
    }
}
