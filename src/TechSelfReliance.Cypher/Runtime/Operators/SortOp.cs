using TechSelfReliance.Cypher.Runtime.Values;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Runtime.Operators;

/// <summary>
/// Orders rows by the sort keys (Cypher orderability: null last ascending). With a limit it keeps only the
/// best rows seen so far (Top), so ORDER BY ... LIMIT k needs memory for k rows, not for all.
/// </summary>
internal sealed class SortOp(Operator input, SortKey[] keys, Evaluator? limit, string description) : Operator(input)
{
    public override string Name => limit is null ? "Sort" : "Top";

    public override string Details => description;

    protected override IEnumerable<Value[]> Execute(QueryContext context, Value[] argument)
    {
        long? keep = limit is null ? null : RowCounts.Evaluate(limit, argument, context, "LIMIT");
        var rows = new List<(Value[] Keys, Value[] Row, long Sequence)>();
        long sequence = 0;
        var comparer = Comparer<(Value[] Keys, Value[] Row, long Sequence)>.Create(Compare);
        foreach (var row in Children[0].Run(context, argument))
        {
            context.Check();
            var values = new Value[keys.Length];
            for (var i = 0; i < keys.Length; i++)
            {
                values[i] = keys[i].Value(row, context);
            }

            var entry = (values, (Value[])row.Clone(), sequence++);
            if (keep is { } k)
            {
                if (k == 0)
                {
                    continue;
                }

                var position = rows.BinarySearch(entry, comparer);
                position = position < 0 ? ~position : position;
                if (position >= k)
                {
                    continue;
                }

                rows.Insert(position, entry);
                if (rows.Count > k)
                {
                    rows.RemoveAt(rows.Count - 1);
                }
                else
                {
                    context.Buffer();
                }
            }
            else
            {
                context.Buffer();
                rows.Add(entry);
            }
        }

        if (keep is null)
        {
            rows.Sort(comparer);
        }

        foreach (var (_, row, _) in rows)
        {
            yield return row;
        }
    }

    private int Compare((Value[] Keys, Value[] Row, long Sequence) a, (Value[] Keys, Value[] Row, long Sequence) b)
    {
        for (var i = 0; i < keys.Length; i++)
        {
            var c = CypherOrdering.Instance.Compare(a.Keys[i], b.Keys[i]);
            if (c != 0)
            {
                return keys[i].Descending ? -c : c;
            }
        }

        return a.Sequence.CompareTo(b.Sequence);
    }
}
