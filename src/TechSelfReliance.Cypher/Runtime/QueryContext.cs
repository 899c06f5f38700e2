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
    private readonly long _deadline;
    private long _bufferedRows;
    private int _checks;
    private DateTimeOffset? _statementTime;
    private Dictionary<long, NodeData>? _deletedNodes;
    private Dictionary<long, RelationshipData>? _deletedRelationships;

    public QueryContext(GraphView graph, WriteTransaction? writer, IReadOnlyDictionary<string, Value> parameters, QueryLimits limits, Procedures.ProcedureRegistry procedures, CancellationToken cancellation)
    {
        Graph = graph;
        Writer = writer;
        Parameters = parameters;
        Limits = limits;
        Cancellation = cancellation;
        Procedures = procedures;
        // the coarse millisecond clock: a limit counts in seconds, and the precise clock costs a tenth of a short query
        _deadline = Environment.TickCount64 + (long)Math.Ceiling(limits.Timeout.TotalMilliseconds);
    }

    public GraphView Graph { get; }

    public WriteTransaction? Writer { get; }

    public IReadOnlyDictionary<string, Value> Parameters { get; }

    public QueryLimits Limits { get; }

    public CancellationToken Cancellation { get; }

    public Procedures.ProcedureRegistry Procedures { get; }

    /// <summary>What the statement changed so far; a field, so that operators add to it in place.</summary>
    public QueryCounters Counters;

    /// <summary>When set (PROFILE), operators record rows and time here.</summary>
    public Dictionary<Operators.Operator, OperatorProfile>? Profile { get; set; }

    /// <summary>The statement's clock, read once, on first use, so every temporal function in it agrees.</summary>
    public DateTimeOffset StatementTime => _statementTime ??= DateTimeOffset.UtcNow;

    /// <summary>Content of nodes deleted by this statement, so they can still be returned (not read).</summary>
    public Dictionary<long, NodeData> DeletedNodes => _deletedNodes ??= [];

    public Dictionary<long, RelationshipData> DeletedRelationships => _deletedRelationships ??= [];

    /// <summary>True once this statement has deleted anything (cheap test for the hot read paths).</summary>
    public bool HasDeletions => _deletedNodes is { Count: > 0 } || _deletedRelationships is { Count: > 0 };

    public WriteTransaction RequireWriter() => Writer
        ?? throw new CypherException(CypherErrorClass.AccessMode, "WriteOperationInReadOnlyTransaction", "Writing is not allowed in a read-only transaction.", compileTime: false);

    /// <summary>Called in every operator loop: stops the query when it is cancelled or out of time.</summary>
    public void Check()
    {
        if ((++_checks & 255) != 0)
        {
            return;
        }

        Cancellation.ThrowIfCancellationRequested();
        if (Environment.TickCount64 > _deadline)
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
