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
    public Operator AsCount(int countSlot) => new IndexSeekCountOp(this, countSlot);

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
    /// exactly one posting. False when the seek needs its slow path (several values to deduplicate, or values
    /// no index holds).
    /// </summary>
    private bool TryCountPostings(QueryContext context, Value[] row, PropertyIndexMap index, out long count)
    {
        count = 0;
        var keys = KeysFor(context, row);
        switch (keys.Kind)
        {
            case SeekKind.MatchesNothing:
                return true;
            case SeekKind.NeedsScan:
                return false;
            case SeekKind.Values when keys.Values.Length > 1:
                return false;
            case SeekKind.Values:
                foreach (var value in keys.Values)
                {
                    count += value.IsNull ? 0 : index.Get(value).Count;
                }

                return true;
            default:
                foreach (var (_, ids) in index.Range(keys.Low, lowerInclusive, keys.High, upperInclusive))
                {
                    context.Check();
                    count += ids.Count;
                }

                return true;
        }
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

        var keys = KeysFor(context, row);
        if (keys.Kind == SeekKind.MatchesNothing)
        {
            yield break;
        }

        if (keys.Kind == SeekKind.NeedsScan)
        {
            foreach (var node in context.Graph.NodesWithLabel(labelId))
            {
                if (keys.Accepts(context.Graph.GetNodeProperty(node, keyId), lowerInclusive, upperInclusive))
                {
                    yield return node;
                }
            }

            yield break;
        }

        if (keys.Kind == SeekKind.Values)
        {
            var seen = keys.Values.Length > 1 ? new HashSet<int>() : null;
            foreach (var item in keys.Values)
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

        foreach (var (_, ids) in index.Range(keys.Low, lowerInclusive, keys.High, upperInclusive))
        {
            foreach (var node in ids)
            {
                yield return node;
            }
        }
    }

    /// <summary>What this row asks the seek for: equal values or a range, and whether an index can answer it.</summary>
    private SeekKeys KeysFor(QueryContext context, Value[] row)
    {
        if (equals is not null)
        {
            var value = equals(row, context);
            Value[] values = inList ? (value.Kind == ValueKind.List ? value.AsList().Items.ToArray() : []) : [value];
            var kind = values.Any(v => !v.IsNull && !IsIndexable(v)) ? SeekKind.NeedsScan : SeekKind.Values;
            return new SeekKeys(kind, values, null, null);
        }

        var low = lower?.Invoke(row, context);
        var high = upper?.Invoke(row, context);
        if ((low is { } l && (l.IsNull || CypherNaN(l))) || (high is { } h && (h.IsNull || CypherNaN(h))))
        {
            return new SeekKeys(SeekKind.MatchesNothing, [], low, high);
        }

        var indexable = (low is not { } lo || IsIndexable(lo)) && (high is not { } hi || IsIndexable(hi));
        return new SeekKeys(indexable ? SeekKind.Range : SeekKind.NeedsScan, [], low, high);
    }

    private enum SeekKind
    {
        MatchesNothing,
        Values,
        Range,
        NeedsScan,
    }

    /// <summary>The keys of one row's seek; <see cref="Accepts"/> is the check a label scan makes instead.</summary>
    private readonly record struct SeekKeys(SeekKind Kind, Value[] Values, Value? Low, Value? High)
    {
        public bool Accepts(Value actual, bool lowerInclusive, bool upperInclusive)
        {
            if (Values.Length > 0)
            {
                foreach (var value in Values)
                {
                    if (CypherComparison.Equal(actual, value) == true)
                    {
                        return true;
                    }
                }

                return false;
            }

            var aboveLow = Low is not { } low || CypherComparison.Compare(actual, low) is { } c1 && (c1 > 0 || (c1 == 0 && lowerInclusive));
            var belowHigh = High is not { } high || CypherComparison.Compare(actual, high) is { } c2 && (c2 < 0 || (c2 == 0 && upperInclusive));
            return aboveLow && belowHigh;
        }
    }

    private static bool CypherNaN(Value value) => value.Kind == ValueKind.Float && double.IsNaN(value.AsFloat());

    private static bool IsIndexable(Value value) =>
        value.Kind is ValueKind.Boolean or ValueKind.Integer or ValueKind.String or ValueKind.Date or ValueKind.LocalTime
            or ValueKind.LocalDateTime
        || (value.Kind == ValueKind.Float && !double.IsNaN(value.AsFloat()));
}
