using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Runtime.Operators;

/// <summary>The end of a plan: the returned columns, with every node and relationship carrying its content.</summary>
internal sealed class ProduceResultsOp(Operator input, string[] columns, int[] slots) : Operator(input)
{
    // the columns are the row's slots in order, so a row the operator owns can become the result row itself
    private readonly bool _columnsAreTheRow = slots.Select((slot, index) => slot == index).All(same => same);

    public override string Name => "ProduceResults";

    public override string Details => string.Join(", ", columns);

    public override bool SingleRow => Children[0].SingleRow;

    public override Value[]? RunSingle(QueryContext context, Value[] argument) =>
        Children[0].RunSingle(context, argument) is { } row ? Produce(row, 1, context, owned: true) : null;

    protected override IEnumerable<Value[]> Execute(QueryContext context, Value[] argument)
    {
        long produced = 0;
        foreach (var row in Children[0].Run(context, argument))
        {
            yield return Produce(row, ++produced, context, owned: false);
        }
    }

    private Value[] Produce(Value[] row, long produced, QueryContext context, bool owned)
    {
        context.Check();
        if (produced > context.Limits.MaxResultRows)
        {
            throw new Errors.CypherException(Errors.CypherErrorClass.ResourceLimit, "ResultTooLarge",
                $"The query returns more than {context.Limits.MaxResultRows:N0} rows; add a LIMIT.", compileTime: false);
        }

        var inPlace = owned && _columnsAreTheRow && row.Length == slots.Length;
        var output = inPlace ? row : new Value[slots.Length];
        for (var i = 0; i < slots.Length; i++)
        {
            var value = row[slots[i]];
            if (value.Kind is ValueKind.Node or ValueKind.Relationship or ValueKind.Path or ValueKind.List or ValueKind.Map)
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
