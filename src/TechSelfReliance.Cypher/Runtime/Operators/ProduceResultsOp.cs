using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Runtime.Operators;

/// <summary>
/// The end of a plan: the returned columns, with every node and relationship carrying its content.
/// <paramref name="scalar"/> marks the columns the planner knows hold no entity (nor a list or map that could),
/// which are returned as they are.
/// </summary>
internal sealed class ProduceResultsOp(Operator input, string[] columns, int[] slots, bool[] scalar) : Operator(input)
{
    // the columns are the row's slots in order, so a row the operator owns can become the result row itself
    private readonly bool _columnsAreTheRow = InOrder(slots);

    // ... and if no column needs its entities detached either, that row is the result as it is
    private readonly bool _rowIsTheResult = InOrder(slots) && scalar.All(known => known);

    public override string Name => "ProduceResults";

    public override string Details => string.Join(", ", columns);

    public override bool SingleRow => Children[0].SingleRow;

    // no time check here: a single-row plan's only loops are inside its operators, which check as they go
    public override Value[]? RunSingle(QueryContext context, Value[] argument)
    {
        if (Children[0].RunSingle(context, argument) is not { } row)
        {
            return null;
        }

        CheckResultSize(1, context);
        return _rowIsTheResult && row.Length == slots.Length ? row : Produce(row, context, owned: true);
    }

    protected override IEnumerable<Value[]> Execute(QueryContext context, Value[] argument)
    {
        long produced = 0;
        foreach (var row in Children[0].Run(context, argument))
        {
            context.Check();
            CheckResultSize(++produced, context);
            yield return Produce(row, context, owned: false);
        }
    }

    private static bool InOrder(int[] slots) => slots.Select((slot, index) => slot == index).All(same => same);

    private static void CheckResultSize(long produced, QueryContext context)
    {
        if (produced > context.Limits.MaxResultRows)
        {
            throw new Errors.CypherException(Errors.CypherErrorClass.ResourceLimit, "ResultTooLarge",
                $"The query returns more than {context.Limits.MaxResultRows:N0} rows; add a LIMIT.", compileTime: false);
        }
    }

    private Value[] Produce(Value[] row, QueryContext context, bool owned)
    {
        var inPlace = owned && _columnsAreTheRow && row.Length == slots.Length;
        var output = inPlace ? row : new Value[slots.Length];
        for (var i = 0; i < slots.Length; i++)
        {
            var value = row[slots[i]];
            if (!scalar[i] && value.Kind is ValueKind.Node or ValueKind.Relationship or ValueKind.Path or ValueKind.List or ValueKind.Map)
            {
                output[i] = EntityAccess.Detach(value, context);
            }
            else if (!inPlace)
            {
                output[i] = value;
            }
        }

        return output;
    }
}
