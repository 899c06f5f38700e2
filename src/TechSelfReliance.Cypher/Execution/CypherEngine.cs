using System.Collections.Concurrent;
using TechSelfReliance.Cypher.Errors;
using TechSelfReliance.Cypher.Planning;
using TechSelfReliance.Cypher.Procedures;
using TechSelfReliance.Cypher.Runtime;
using TechSelfReliance.Cypher.Runtime.Operators;
using TechSelfReliance.Cypher.Syntax;
using TechSelfReliance.Cypher.Syntax.Ast;
using TechSelfReliance.Graph;
using TechSelfReliance.Graph.Access;
using TechSelfReliance.Graph.Transactions;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Execution;

/// <summary>
/// Runs Cypher on a <see cref="GraphStore"/>: parse, plan (cached by text and schema), execute under the
/// statement's time and memory limits. A statement either completes or changes nothing. Every failure is a
/// <see cref="CypherException"/> with its TCK class, detail and position.
/// Thread-safety: any number of threads may execute statements at once; writers are serialized by the store.
/// </summary>
public sealed partial class CypherEngine(GraphStore store, ProcedureRegistry? procedures = null)
{
    private const int PlanCacheLimit = 2048;
    private readonly ConcurrentDictionary<string, PreparedStatement> _plans = new(StringComparer.Ordinal);

    // the statement prepared last, found by reference before hashing the text: callers that run one statement
    // object over and over (an embedded loop, a benchmark, a hot endpoint) skip the dictionary
    private volatile PreparedStatement? _last;

    public GraphStore Store { get; } = store;

    public ProcedureRegistry Procedures { get; } = procedures ?? new ProcedureRegistry();

    /// <summary>Runs a statement in its own transaction: read-only statements on a snapshot, writes committed at the end.</summary>
    public QueryResult Execute(string statement, IReadOnlyDictionary<string, Value>? parameters = null, ExecutionOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= ExecutionOptions.Default;
        using var read = Store.BeginRead();
        var prepared = Prepare(statement, read);
        CheckAccess(prepared, options, statement);
        if (!prepared.Writes || prepared.Parsed.Mode == ExecutionMode.Explain)
        {
            return Run(prepared, statement, read, writer: null, parameters, options, cancellationToken);
        }

        using var tx = BeginWrite(options, cancellationToken);
        var result = Run(Prepare(statement, tx), statement, tx, tx, parameters, options, cancellationToken);
        try
        {
            tx.Commit();
        }
        catch (GraphStoreException error)
        {
            throw Translate(error).WithPosition(statement);
        }

        return result;
    }

    /// <summary>Runs a statement inside an explicit write transaction; on failure only this statement's changes are undone.</summary>
    public QueryResult Execute(WriteTransaction transaction, string statement, IReadOnlyDictionary<string, Value>? parameters = null, ExecutionOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= ExecutionOptions.Default;
        var prepared = Prepare(statement, transaction);
        CheckAccess(prepared, options, statement);
        var savepoint = transaction.CreateSavepoint();
        try
        {
            return Run(prepared, statement, transaction, transaction, parameters, options, cancellationToken);
        }
        catch
        {
            transaction.RollbackTo(savepoint);
            throw;
        }
    }

    /// <summary>Runs a read-only statement on an explicit read transaction's snapshot.</summary>
    public QueryResult Execute(ReadTransaction transaction, string statement, IReadOnlyDictionary<string, Value>? parameters = null, ExecutionOptions? options = null, CancellationToken cancellationToken = default)
    {
        options = options switch
        {
            null => ExecutionOptions.ReadOnlyDefault,
            { ReadOnly: true } => options,
            _ => options with { ReadOnly = true },
        };
        var prepared = Prepare(statement, transaction);
        CheckAccess(prepared, options, statement);
        return Run(prepared, statement, transaction, writer: null, parameters, options, cancellationToken);
    }

    /// <summary>Parses and plans without running: for validation (e.g. whether a statement writes).</summary>
    public bool IsWriteStatement(string statement)
    {
        using var read = Store.BeginRead();
        return Prepare(statement, read).Writes;
    }

    private WriteTransaction BeginWrite(ExecutionOptions options, CancellationToken cancellationToken)
    {
        try
        {
            return Store.BeginWrite(options.Limits.Timeout, cancellationToken);
        }
        catch (GraphStoreException error)
        {
            throw Translate(error);
        }
    }

    private static void CheckAccess(PreparedStatement prepared, ExecutionOptions options, string statement)
    {
        if (options.ReadOnly && prepared.WritesWhenRun)
        {
            throw WriteInReadOnlySession(statement);
        }
    }

    private static CypherException WriteInReadOnlySession(string statement) =>
        new CypherException(CypherErrorClass.AccessMode, "WriteOperationInReadOnlyTransaction",
            "Writing is not allowed here: this statement creates, changes or deletes data (or the schema), and the session is read-only.", compileTime: true)
            .WithPosition(statement, 0);

    // the check for the statement prepared last is small enough to inline into every caller
    private PreparedStatement Prepare(string statement, GraphView view) =>
        _last is { } last && ReferenceEquals(last.Text, statement) && ReferenceEquals(last.SchemaVersion, view.Indexes) ? last : PrepareFromCache(statement, view);

    private PreparedStatement PrepareFromCache(string statement, GraphView view)
    {
        var signature = view.Indexes;
        if (_plans.TryGetValue(statement, out var cached) && ReferenceEquals(cached.SchemaVersion, signature))
        {
            var hit = ReferenceEquals(cached.Text, statement) ? cached : cached with { Text = statement };
            _last = hit;
            return hit;
        }

        PreparedStatement prepared;
        try
        {
            var parsed = Parser.Parse(statement);
            var query = parsed.Statement is SingleQuery or UnionQuery ? new QueryPlanner(Procedures, view).Plan(parsed.Statement) : null;
            prepared = new PreparedStatement(statement, parsed, query, signature);
        }
        catch (CypherException error)
        {
            throw error.WithPosition(statement);
        }
        catch (InsufficientExecutionStackException)
        {
            throw CypherException.Syntax("UnexpectedSyntax", "The statement is nested too deeply.").WithPosition(statement);
        }

        if (_plans.Count >= PlanCacheLimit)
        {
            _plans.Clear();
        }

        _plans[statement] = prepared;
        _last = prepared;
        return prepared;
    }

    private QueryResult Run(PreparedStatement prepared, string statement, GraphView view, WriteTransaction? writer, IReadOnlyDictionary<string, Value>? parameters,
        ExecutionOptions options, CancellationToken cancellationToken)
    {
        var context = new QueryContext(view, writer, parameters, options.Limits, Procedures, cancellationToken);
        try
        {
            if (prepared.Query is not { } query)
            {
                return RunSchemaStatement(prepared.Parsed.Statement, context, writer);
            }

            if (query.Parameters.Length > 0)
            {
                CheckParameters(query.Parameters, context.Parameters);
            }

            return prepared.Parsed.Mode == ExecutionMode.Normal
                ? Result(query.Columns, RunPlan(query, context), QueryType(query), context)
                : RunDescribed(query, prepared.Parsed.Mode, context);
        }
        catch (CypherException error)
        {
            throw error.WithPosition(statement);
        }
        catch (GraphStoreException error)
        {
            throw Translate(error).WithPosition(statement);
        }
        catch (TimeoutException)
        {
            throw new CypherException(CypherErrorClass.Timeout, "TransactionTimedOut",
                $"The query was stopped because it ran longer than its limit of {options.Limits.Timeout.TotalSeconds:0.###} s.", compileTime: false).WithPosition(statement);
        }
        catch (OperationCanceledException)
        {
            throw new CypherException(CypherErrorClass.Timeout, "Cancelled", "The query was cancelled.", compileTime: false);
        }
        catch (InsufficientExecutionStackException)
        {
            throw new CypherException(CypherErrorClass.ResourceLimit, "StackLimit", "The query nests too deeply to evaluate.", compileTime: false);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            throw new CypherException(CypherErrorClass.Internal, "InternalError", $"The query failed unexpectedly: {error.Message}", compileTime: false, inner: error);
        }
    }

    private static void CheckParameters(string[] expected, IReadOnlyDictionary<string, Value> given)
    {
        for (var i = 0; i < expected.Length; i++)
        {
            if (!given.ContainsKey(expected[i]))
            {
                var missing = expected.Where(name => !given.ContainsKey(name));
                throw new CypherException(CypherErrorClass.ParameterMissing, "MissingParameter", $"Expected parameter(s): {string.Join(", ", missing)}", compileTime: true);
            }
        }
    }

    /// <summary>EXPLAIN (the plan, nothing run) and PROFILE (run, with rows and time per operator).</summary>
    private static QueryResult RunDescribed(CompiledQuery query, ExecutionMode mode, QueryContext context)
    {
        if (mode == ExecutionMode.Explain)
        {
            return new QueryResult(query.Columns, [], QueryType(query)) { Plan = Describe(query.Root, null) };
        }

        context.Profile = [];
        var rows = RunPlan(query, context);
        return Result(query.Columns, rows, QueryType(query), context) with { Plan = Describe(query.Root, context.Profile) };
    }

    private static IReadOnlyList<Value[]> RunPlan(CompiledQuery query, QueryContext context)
    {
        if (query.SingleRow && context.Profile is null)
        {
            return query.Root.RunSingle(context, new Value[query.SlotCount]) is { } row ? [row] : [];
        }

        var rows = new List<Value[]>();
        foreach (var row in query.Root.Run(context, new Value[query.SlotCount]))
        {
            rows.Add(row);
        }

        return rows;
    }

    private static QueryResult Result(IReadOnlyList<string> columns, IReadOnlyList<Value[]> rows, string queryType, QueryContext context) =>
        context.Changed ? new QueryResult(columns, rows, queryType) { Counters = context.Counters } : new QueryResult(columns, rows, queryType);

    private static string QueryType(CompiledQuery query) => query.Writes ? (query.Columns.Count > 0 ? "rw" : "w") : "r";

    /// <summary>The Cypher error for a store failure (constraint violations, I/O, timeouts).</summary>
    public static CypherException TranslateStoreError(GraphStoreException error) => Translate(error);

    internal static CypherException Translate(GraphStoreException error) => error.Kind switch
    {
        GraphErrorKind.ConstraintViolation => new CypherException(CypherErrorClass.ConstraintValidationFailed, "ConstraintValidationFailed", error.Message, compileTime: false, inner: error),
        GraphErrorKind.NodeHasRelationships => new CypherException(CypherErrorClass.ConstraintValidationFailed, "DeleteConnectedNode", error.Message, compileTime: false, inner: error),
        GraphErrorKind.InvalidPropertyValue => new CypherException(CypherErrorClass.TypeError, "InvalidPropertyType", error.Message, compileTime: false, inner: error),
        GraphErrorKind.EntityNotFound or GraphErrorKind.DeletedEntity => new CypherException(CypherErrorClass.EntityNotFound, "EntityNotFound", error.Message, compileTime: false, inner: error),
        GraphErrorKind.SchemaConflict => new CypherException(CypherErrorClass.SchemaError, error.Message.Contains("no ", StringComparison.Ordinal) ? "IndexNotFound" : "EquivalentSchemaRuleAlreadyExists", error.Message, compileTime: false, inner: error),
        GraphErrorKind.Timeout => new CypherException(CypherErrorClass.Timeout, "LockTimeout", error.Message, compileTime: false, inner: error),
        _ => new CypherException(CypherErrorClass.Internal, error.Kind.ToString(), error.Message, compileTime: false, inner: error),
    };

    private static PlanDescription Describe(Operator op, Dictionary<Operator, OperatorProfile>? profile)
    {
        OperatorProfile? measured = null;
        profile?.TryGetValue(op, out measured);
        return new PlanDescription(op.Name, op.Details, Math.Round(op.EstimatedRows, 1),
            profile is null ? null : measured?.Rows ?? 0,
            profile is null ? null : (measured?.Ticks ?? 0) * 1000.0 / System.Diagnostics.Stopwatch.Frequency,
            op.Children.Select(c => Describe(c, profile)).ToList());
    }
}
