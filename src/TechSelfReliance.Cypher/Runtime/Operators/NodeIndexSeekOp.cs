using TechSelfReliance.Cypher.Runtime.Values;
using TechSelfReliance.Graph.Indexing;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Runtime.Operators;

/// <summary>
/// Finds nodes through a property index: equality (one value, or each value of a list for IN) or a range.
/// Falls back to scanning the label when the index is gone at run time, so a cached plan stays correct.
/// </summary>
internal sealed class NodeIndexSeekOp(
    Operator input, int slot, TokenReference label, TokenReference key, string variable,
    Evaluator? equals, bool inList, Evaluator? lower, bool lowerInclusive, Evaluator? upper, bool upperInclusive) : Operator(input)
{
    public override string Name => equals is null ? "NodeIndexSeekByRange" : "NodeIndexSeek";

    public override string Details => $"{variable}:{label.Name}({key.Name})";

    /// <summary>The slot of the node it binds.</summary>
    public int Slot => slot;

    /// <summary>The same seek, counted into <paramref name="countSlot"/> without producing a row per node.</summary>
    public Operator AsCount(int countSlot, Planning.SlotAllocator slots) => new IndexSeekCountOp(this, countSlot, slots);

    /// <summary>How many nodes the seek finds for one input row.</summary>
    internal long Count(QueryContext context, Value[] row)
    {
        var labelId = label.Resolve(context.Graph);
        var keyId = key.Resolve(context.Graph);
        if (labelId < 0 || keyId < 0)
        {
            return 0;
        }

        var index = context.Graph.FindIndex(labelId, keyId);
        if (index is not null && TryCountPostings(context, row, index, out var counted))
        {
            return counted;
        }

        long count = 0;
        foreach (var _ in Candidates(context, row, index, labelId, keyId))
        {
            context.Check();
            count++;
        }

        return count;
    }

    /// <summary>
    /// Counts from the index's postings without visiting the nodes: a node has one value per key, so it lies in
    /// exactly one posting. False when the seek needs its slow path (a list of values, or values no index holds).
    /// </summary>
    private bool TryCountPostings(QueryContext context, Value[] row, PropertyIndexMap index, out long count)
    {
        count = 0;
        if (equals is not null)
        {
            var value = equals(row, context);
            if (inList || (!value.IsNull && !IsIndexable(value)))
            {
                return false;
            }

            count = value.IsNull ? 0 : index.Get(value).Count;
            return true;
        }

        var low = lower?.Invoke(row, context);
        var high = upper?.Invoke(row, context);
        if ((low is { } l && (l.IsNull || CypherNaN(l))) || (high is { } h && (h.IsNull || CypherNaN(h))))
        {
            return true;
        }

        if ((low is { } lo && !IsIndexable(lo)) || (high is { } hi && !IsIndexable(hi)))
        {
            return false;
        }

        foreach (var (_, ids) in index.Range(low, lowerInclusive, high, upperInclusive))
        {
            context.Check();
            count += ids.Count;
        }

        return true;
    }

    protected override IEnumerable<Value[]> Execute(QueryContext context, Value[] argument)
    {
        Value[]? output = null;
        foreach (var row in Children[0].Run(context, argument))
        {
            var labelId = label.Resolve(context.Graph);
            var keyId = key.Resolve(context.Graph);
            if (labelId < 0 || keyId < 0)
            {
                continue;
            }

            var index = context.Graph.FindIndex(labelId, keyId);
            foreach (var node in Candidates(context, row, index, labelId, keyId))
            {
                context.Check();
                output ??= new Value[row.Length];
                Array.Copy(row, output, row.Length);
                output[slot] = Value.Node(node);
                yield return output;
            }
        }
    }

    private IEnumerable<int> Candidates(QueryContext context, Value[] row, PropertyIndexMap? index, int labelId, int keyId)
    {
        if (index is null)
        {
            foreach (var node in context.Graph.NodesWithLabel(labelId))
            {
                yield return node;
            }

            yield break;
        }

        if (equals is not null)
        {
            var value = equals(row, context);
            var values = inList ? (value.Kind == ValueKind.List ? value.AsList().Items.ToArray() : []) : [value];
            var seen = values.Length > 1 ? new HashSet<int>() : null;
            if (values.Any(v => !v.IsNull && !IsIndexable(v)))
            {
                foreach (var node in context.Graph.NodesWithLabel(labelId))
                {
                    var actual = context.Graph.GetNodeProperty(node, keyId);
                    if (values.Any(v => CypherComparison.Equal(actual, v) == true))
                    {
                        yield return node;
                    }
                }

                yield break;
            }

            foreach (var item in values)
            {
                if (item.IsNull)
                {
                    continue;
                }

                foreach (var node in index.Get(item))
                {
                    if (seen is null || seen.Add(node))
                    {
                        yield return node;
                    }
                }
            }

            yield break;
        }

        var low = lower?.Invoke(row, context);
        var high = upper?.Invoke(row, context);
        if ((low is { } l && (l.IsNull || CypherNaN(l))) || (high is { } h && (h.IsNull || CypherNaN(h))))
        {
            yield break;
        }

        if ((low is { } lo && !IsIndexable(lo)) || (high is { } hi && !IsIndexable(hi)))
        {
            foreach (var node in context.Graph.NodesWithLabel(labelId))
            {
                var actual = context.Graph.GetNodeProperty(node, keyId);
                var aboveLow = low is not { } l2 || CypherComparison.Compare(actual, l2) is { } c1 && (c1 > 0 || (c1 == 0 && lowerInclusive));
                var belowHigh = high is not { } h2 || CypherComparison.Compare(actual, h2) is { } c2 && (c2 < 0 || (c2 == 0 && upperInclusive));
                if (aboveLow && belowHigh)
                {
                    yield return node;
                }
            }

            yield break;
        }

        foreach (var (_, ids) in index.Range(low, lowerInclusive, high, upperInclusive))
        {
            foreach (var node in ids)
            {
                yield return node;
            }
        }
    }

    private static bool CypherNaN(Value value) => value.Kind == ValueKind.Float && double.IsNaN(value.AsFloat());

    private static bool IsIndexable(Value value) =>
        value.Kind is ValueKind.Boolean or ValueKind.Integer or ValueKind.String or ValueKind.Date or ValueKind.LocalTime
            or ValueKind.LocalDateTime
        || (value.Kind == ValueKind.Float && !double.IsNaN(value.AsFloat()));
}
