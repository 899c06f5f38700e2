using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Runtime.Operators;

/// <summary>
/// Binds the node with the given id (WHERE id(n) = x: at most one row) or the nodes with the ids in a list
/// (WHERE id(n) IN list). An id compares as a number, so 7.0 finds node 7; anything else finds nothing.
/// </summary>
internal sealed class NodeByIdSeekOp(Operator input, int slot, Evaluator ids, bool inList, string variable) : Operator(input)
{
    public override string Name => "NodeByIdSeek";

    public override string Details => variable;

    public override bool SingleRow => !inList && Children[0].SingleRow;

    /// <summary>The slot the node is bound to.</summary>
    public int Slot => slot;

    /// <summary>Whether this seeks one id straight from the statement's argument (parameters, earlier clauses).</summary>
    public bool SeeksOneIdFromArgument => !inList && Children[0] is ArgumentOp;

    /// <summary>The id a single seek looks for, whether or not such a node exists (null: not an id at all).</summary>
    public long? SoughtId(Value[] row, QueryContext context) => AsId(ids(row, context));

    public override Value[]? RunSingle(QueryContext context, Value[] argument) =>
        Children[0].RunSingle(context, argument) is { } row && ExistingId(ids(row, context), context) is { } id ? Bind(row, id, row) : null;

    protected override IEnumerable<Value[]> Execute(QueryContext context, Value[] argument)
    {
        Value[]? output = null;
        foreach (var row in Children[0].Run(context, argument))
        {
            var value = ids(row, context);
            if (!inList)
            {
                if (ExistingId(value, context) is { } id)
                {
                    yield return Bind(row, id, output ??= new Value[row.Length]);
                }

                continue;
            }

            if (value.Kind != ValueKind.List)
            {
                continue;
            }

            var list = value.AsList();
            var seen = new HashSet<long>();
            for (var i = 0; i < list.Count; i++)
            {
                context.Check();
                if (ExistingId(list[i], context) is { } id && seen.Add(id))
                {
                    yield return Bind(row, id, output ??= new Value[row.Length]);
                }
            }
        }
    }

    private Value[] Bind(Value[] row, long id, Value[] output)
    {
        if (!ReferenceEquals(row, output))
        {
            Array.Copy(row, output, row.Length);
        }

        output[slot] = Value.Node(id);
        return output;
    }

    private static long? ExistingId(Value value, QueryContext context) =>
        AsId(value) is { } id && context.Graph.NodeExists(id) ? id : null;

    private static long? AsId(Value value) => value.Kind switch
    {
        ValueKind.Integer => value.AsInteger(),
        ValueKind.Float when value.AsFloat() is var number && number == Math.Floor(number) && Math.Abs(number) < 9.2e18 => (long)number,
        _ => null,
    };
}
