using TechSelfReliance.Cypher.Errors;
using TechSelfReliance.Cypher.Execution;
using TechSelfReliance.Graph.Access;
using TechSelfReliance.Graph.Transactions;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Runtime;

/// <summary>
/// Everything one execution of a statement needs: the graph version it reads (and the transaction it writes,
/// if any), parameters, limits, counters and the entities it deleted. Not thread-safe; one per execution.
/// </summary>
internal sealed class QueryContext
{
    private static readonly IReadOnlyDictionary<string, Value> NoParameters = new Dictionary<string, Value>();

    // A statement that answers from a count costs little more than this object, so what a read leaves at its
    // default is not stored at all (each reference stored is a write barrier), and what only writes need
    // lives in StatementEffects, made on the first change.
    private readonly WriteTransaction? _writer;
    private readonly IReadOnlyDictionary<string, Value>? _parameters;
    private readonly CancellationToken _cancellation;
    private StatementEffects? _effects;
    private long _deadline;
    private long _bufferedRows;
    private long _statementTicks;
    private int _checks;

    public QueryContext(GraphView graph, WriteTransaction? writer, IReadOnlyDictionary<string, Value>? parameters, QueryLimits limits, Procedures.ProcedureRegistry procedures, CancellationToken cancellation)
    {
        Graph = graph;
        Limits = limits;
        Procedures = procedures;
        if (writer is not null)
        {
            _writer = writer;
        }

        if (parameters is { Count: > 0 })
        {
            _parameters = parameters;
        }

        if (cancellation.CanBeCanceled)
        {
            _cancellation = cancellation;
        }
    }

    public GraphView Graph { get; }

    public WriteTransaction? Writer => _writer;

    public IReadOnlyDictionary<string, Value> Parameters => _parameters ?? NoParameters;

    public QueryLimits Limits { get; }

    public Procedures.ProcedureRegistry Procedures { get; }

    /// <summary>What the statement changed so far, added to in place by writers.</summary>
    public ref QueryCounters Counters => ref Effects.Counters;

    /// <summary>Whether the statement has changed anything yet (a read that changed nothing has no effects to report).</summary>
    public bool Changed => _effects is not null;

    /// <summary>When set (PROFILE), operators record rows and time here.</summary>
    public Dictionary<Operators.Operator, OperatorProfile>? Profile { get; set; }

    /// <summary>The statement's clock, read once, on first use, so every temporal function in it agrees.</summary>
    public DateTimeOffset StatementTime => new(_statementTicks != 0 ? _statementTicks : _statementTicks = DateTime.UtcNow.Ticks, TimeSpan.Zero);

    /// <summary>Content of nodes deleted by this statement, so they can still be returned (not read).</summary>
    public Dictionary<long, NodeData> DeletedNodes => Effects.DeletedNodes;

    public Dictionary<long, RelationshipData> DeletedRelationships => Effects.DeletedRelationships;

    /// <summary>True once this statement has deleted anything (cheap test for the hot read paths).</summary>
    public bool HasDeletions => _effects is { HasDeletions: true };

    private StatementEffects Effects => _effects ??= new StatementEffects();

    public WriteTransaction RequireWriter() => Writer
        ?? throw new CypherException(CypherErrorClass.AccessMode, "WriteOperationInReadOnlyTransaction", "Writing is not allowed in a read-only transaction.", compileTime: false);

    /// <summary>
    /// Called in every operator loop: stops the query when it is cancelled or out of time. The time limit runs
    /// from the first call, so a statement that never loops (one row through constant-time operators) never
    /// reads the clock, which would cost it more than its work; the work before the first loop is bounded by
    /// the size of the plan.
    /// </summary>
    public void Check()
    {
        if ((_checks++ & 255) == 0)
        {
            CheckClock();
        }
    }

    private void CheckClock()
    {
        _cancellation.ThrowIfCancellationRequested();
        // the coarse millisecond clock: a limit counts in seconds, and the precise clock costs a tenth of a short query
        var now = Environment.TickCount64;
        if (_deadline == 0)
        {
            _deadline = now + (long)Math.Ceiling(Limits.Timeout.TotalMilliseconds);
        }
        else if (now > _deadline)
        {
            throw new TimeoutException("The query ran past its time limit.");
        }
    }

    /// <summary>Counts rows an operator holds in memory; a query that holds too many ends with a clear error.</summary>
    public void Buffer(long rows = 1)
    {
        _bufferedRows += rows;
        if (_bufferedRows > Limits.MaxBufferedRows)
        {
            throw new CypherException(CypherErrorClass.ResourceLimit, "RowBudgetExceeded",
                $"The query holds more than {Limits.MaxBufferedRows:N0} rows in memory; narrow it down (add a LIMIT or a more selective pattern).", compileTime: false);
        }
    }
}
