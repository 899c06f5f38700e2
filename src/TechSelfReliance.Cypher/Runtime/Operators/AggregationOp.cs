using TechSelfReliance.Cypher.Runtime.Aggregation;
using TechSelfReliance.Cypher.Runtime.Values;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Runtime.Operators;

/// <summary>
/// Groups rows by the grouping expressions (compared by equivalence) and computes the aggregates per group.
/// Without grouping expressions it always yields one row, even over no input.
/// </summary>
internal sealed class AggregationOp(Operator input, (int Slot, Evaluator Value)[] grouping, AggregateSpec[] aggregates, Planning.SlotAllocator slots, string description) : Operator(input)
{
    public override string Name => grouping.Length == 0 ? "EagerAggregation" : "OrderedAggregation";

    public override string Details => description;

    protected override IEnumerable<Value[]> Execute(QueryContext context, Value[] argument)
    {
        if (grouping.Length == 0)
        {
            foreach (var single in AggregateAll(context, argument))
            {
                yield return single;
            }

            yield break;
        }

        var groups = new Dictionary<RowKey, Aggregator[]>();
        var order = new List<RowKey>();
        var scratch = new Value[4];
        foreach (var row in Children[0].Run(context, argument))
        {
            context.Check();
            var keyValues = new Value[grouping.Length];
            for (var i = 0; i < grouping.Length; i++)
            {
                keyValues[i] = grouping[i].Value(row, context);
            }

            var key = new RowKey(keyValues);
            if (!groups.TryGetValue(key, out var state))
            {
                context.Buffer();
                state = aggregates.Select(a => a.Create()).ToArray();
                groups[key] = state;
                order.Add(key);
            }

            for (var i = 0; i < aggregates.Length; i++)
            {
                var arguments = aggregates[i].Arguments;
                if (scratch.Length < arguments.Length)
                {
                    scratch = new Value[arguments.Length];
                }

                for (var j = 0; j < arguments.Length; j++)
                {
                    scratch[j] = arguments[j](row, context);
                }

                state[i].Add(scratch.AsSpan(0, Math.Max(arguments.Length, 1)));
            }
        }

        if (grouping.Length == 0 && groups.Count == 0)
        {
            var key = new RowKey([]);
            groups[key] = aggregates.Select(a => a.Create()).ToArray();
            order.Add(key);
        }

        foreach (var key in order)
        {
            var output = new Value[slots.Count];
            for (var i = 0; i < grouping.Length; i++)
            {
                output[grouping[i].Slot] = key.Values[i];
            }

            var state = groups[key];
            for (var i = 0; i < aggregates.Length; i++)
            {
                output[aggregates[i].Slot] = state[i].Result();
            }

            yield return output;
        }
    }

    private IEnumerable<Value[]> AggregateAll(QueryContext context, Value[] argument)
    {
        var state = aggregates.Select(a => a.Create()).ToArray();
        var scratch = new Value[Math.Max(1, aggregates.Max(a => a.Arguments.Length))];
        foreach (var row in Children[0].Run(context, argument))
        {
            context.Check();
            for (var i = 0; i < aggregates.Length; i++)
            {
                var arguments = aggregates[i].Arguments;
                for (var j = 0; j < arguments.Length; j++)
                {
                    scratch[j] = arguments[j](row, context);
                }

                state[i].Add(scratch.AsSpan(0, Math.Max(arguments.Length, 1)));
            }
        }

        var output = new Value[slots.Count];
        for (var i = 0; i < aggregates.Length; i++)
        {
            output[aggregates[i].Slot] = state[i].Result();
        }

        yield return output;
    }
}
