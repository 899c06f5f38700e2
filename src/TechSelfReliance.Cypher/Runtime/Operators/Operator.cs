using System.Diagnostics;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Runtime.Operators;

/// <summary>
/// One step of a compiled plan. An operator pulls rows (slot arrays) from its inputs and yields its own;
/// it never changes a row it received, it copies first (<see cref="RunSingle"/> is the exception: there the
/// caller hands the row over). A streaming operator may reuse one output array for
/// all the rows it yields, so a row is valid only until the next pull: an operator that keeps rows (sort,
/// eager, merge) copies them. Operators hold no per-execution state, so a cached plan can run on many threads
/// at once; all state lives in the iterators and the <see cref="QueryContext"/>.
/// </summary>
internal abstract class Operator(params Operator[] children)
{
    public Operator[] Children { get; } = children;

    public abstract string Name { get; }

    public virtual string Details => string.Empty;

    public double EstimatedRows { get; set; } = 1;

    /// <summary>
    /// Whether this subtree yields at most one row for each argument it is given, so that it can run through
    /// <see cref="RunSingle"/>: one call down the tree instead of an iterator per operator. Operators that can
    /// promise it override this; the rest say no.
    /// </summary>
    public virtual bool SingleRow => false;

    public IEnumerable<Value[]> Run(QueryContext context, Value[] argument) =>
        context.Profile is null ? Execute(context, argument) : Profiled(context, Execute(context, argument));

    /// <summary>
    /// The row (or null: none) of a <see cref="SingleRow"/> subtree. The caller hands over
    /// <paramref name="argument"/>: the operators fill it in place and may return it, so nothing is copied on
    /// the way up. Not profiled: PROFILE runs the iterators.
    /// </summary>
    public virtual Value[]? RunSingle(QueryContext context, Value[] argument) =>
        throw new InvalidOperationException($"{Name} yields its rows through Run only.");

    protected abstract IEnumerable<Value[]> Execute(QueryContext context, Value[] argument);

    private IEnumerable<Value[]> Profiled(QueryContext context, IEnumerable<Value[]> rows)
    {
        if (!context.Profile!.TryGetValue(this, out var profile))
        {
            profile = new OperatorProfile();
            context.Profile[this] = profile;
        }

        using var enumerator = rows.GetEnumerator();
        while (true)
        {
            var started = Stopwatch.GetTimestamp();
            var more = enumerator.MoveNext();
            profile.Ticks += Stopwatch.GetTimestamp() - started;
            if (!more)
            {
                yield break;
            }

            profile.Rows++;
            yield return enumerator.Current;
        }
    }
}
