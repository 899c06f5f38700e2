using TechSelfReliance.Cypher.Errors;
using TechSelfReliance.Cypher.Procedures;
using TechSelfReliance.Cypher.Runtime;
using TechSelfReliance.Cypher.Runtime.Operators;
using TechSelfReliance.Cypher.Syntax.Ast;
using TechSelfReliance.Graph.Access;

namespace TechSelfReliance.Cypher.Planning;

/// <summary>
/// Turns a parsed statement into an operator tree in one walk over its clauses: it binds variables to slots
/// (reporting scope errors as it goes), chooses where each pattern starts from the store's statistics and
/// indexes, pushes predicates down to the first point where their variables are bound, and compiles every
/// expression. One planner per statement; not thread-safe.
/// </summary>
internal sealed partial class QueryPlanner(ProcedureRegistry procedures, GraphView graph)
{
    private readonly SlotAllocator _slots = new();
    private readonly HashSet<string> _parameters = new(StringComparer.Ordinal);
    private bool _writes;
    private int _anonymous;

    public CompiledQuery Plan(Statement statement)
    {
        Operator root;
        IReadOnlyList<string> columns;
        switch (statement)
        {
            case SingleQuery single:
                (root, columns) = PlanTopLevelQuery(single);
                break;
            case UnionQuery union:
                (root, columns) = PlanUnion(union);
                break;
            default:
                throw new InvalidOperationException($"The planner does not handle {statement.GetType().Name}.");
        }

        return new CompiledQuery(root, columns, _slots.Count, _writes, [.. _parameters.Order(StringComparer.Ordinal)]);
    }

    private (Operator Root, IReadOnlyList<string> Columns) PlanUnion(UnionQuery union)
    {
        var parts = new List<Operator>();
        IReadOnlyList<string>? columns = null;
        foreach (var part in union.Parts)
        {
            var (root, partColumns) = PlanTopLevelQuery(part);
            if (columns is not null && !columns.SequenceEqual(partColumns))
            {
                throw CypherException.Syntax("DifferentColumnsInUnion", "All sub queries in a UNION must have the same return column names.", part.Start);
            }

            columns = partColumns;
            parts.Add(root);
        }

        return (new UnionOp([.. parts], distinct: !union.All), columns!);
    }

    private (Operator Root, IReadOnlyList<string> Columns) PlanTopLevelQuery(SingleQuery query)
    {
        if (TryPlanCountFromStore(query) is { } counted)
        {
            return counted;
        }

        var (plan, scope, columns) = PlanClauses(query.Clauses, new ArgumentOp(), new Scope(), topLevel: true);
        if (columns is null || columns.Count == 0)
        {
            return (new DiscardOp(plan), []);
        }

        var slots = columns.Select(c => scope.TryGet(c, out var v) ? v.Slot : -1).ToArray();
        var scalar = columns.Select(c => scope.TryGet(c, out var v) && IsScalar(v)).ToArray();
        return (new ProduceResultsOp(plan, [.. columns], slots, scalar), columns);
    }

    /// <summary>Plans a sequence of clauses on top of an input; returns the plan, the final scope and, after RETURN, the columns.</summary>
    private (Operator Plan, Scope Scope, IReadOnlyList<string>? Columns) PlanClauses(IReadOnlyList<Clause> clauses, Operator plan, Scope scope, bool topLevel)
    {
        IReadOnlyList<string>? columns = null;
        for (var i = 0; i < clauses.Count; i++)
        {
            var clause = clauses[i];
            var last = i == clauses.Count - 1;
            if (columns is not null)
            {
                throw CypherException.Syntax("InvalidClauseComposition", "RETURN can only be used at the end of the query.", clause.Start);
            }

            switch (clause)
            {
                case MatchClause match:
                    plan = PlanMatchClause(plan, match, scope);
                    break;
                case UnwindClause unwind:
                    plan = PlanUnwind(plan, unwind, scope);
                    break;
                case WithClause with:
                    (plan, scope) = PlanWith(plan, with, scope);
                    break;
                case ReturnClause ret:
                    (plan, scope, columns) = PlanReturn(plan, ret, scope);
                    break;
                case CreateClause create:
                    plan = PlanCreate(plan, create, scope);
                    break;
                case MergeClause merge:
                    plan = PlanMerge(plan, merge, scope);
                    break;
                case SetClause set:
                    plan = PlanSet(plan, set, scope);
                    break;
                case RemoveClause remove:
                    plan = PlanRemove(plan, remove, scope);
                    break;
                case DeleteClause delete:
                    plan = PlanDelete(plan, delete, scope);
                    break;
                case CallClause call:
                    (plan, columns) = PlanCall(plan, call, scope, standalone: topLevel && clauses.Count == 1);
                    break;
                default:
                    throw CypherException.Syntax("UnexpectedSyntax", $"Unsupported clause {clause.GetType().Name}.", clause.Start);
            }

            if (last && columns is null && topLevel && !IsUpdating(clause) && clause is not CallClause)
            {
                throw CypherException.Syntax("InvalidClauseComposition",
                    "Query cannot conclude with " + ClauseName(clause) + " (must be a RETURN clause, an update clause, a unit subquery call, or a procedure call with no YIELD).", clause.Start);
            }
        }

        return (plan, scope, columns);
    }

    /// <summary>
    /// MATCH (n:L) RETURN count(n) — or count(*), or a relationship of one type between unconstrained nodes —
    /// is answered from the counts the store keeps.
    /// </summary>
    private (Operator Root, IReadOnlyList<string> Columns)? TryPlanCountFromStore(SingleQuery query)
    {
        if (query.Clauses is not [MatchClause { Optional: false, Where: null, Pattern.Parts: [{ PathVariable: null, Shortest: ShortestPathKind.None } part] },
                ReturnClause { Projection: { Distinct: false, IncludeExisting: false, OrderBy.Count: 0, Skip: null, Limit: null, Items: [var item] } }])
        {
            return null;
        }

        var chain = part.Chain;
        string? counted = item.Expression switch
        {
            CountStarExpr => null,
            FunctionCallExpr { Distinct: false, Arguments: [VariableExpr v] } f when string.Equals(f.Name, "count", StringComparison.OrdinalIgnoreCase) => v.Name,
            _ => "\u0000",
        };
        if (counted == "\u0000")
        {
            return null;
        }

        var slot = _slots.Allocate();
        Operator? op = null;
        if (chain.Steps.Count == 0 && chain.First.Properties is null && chain.First.Labels.Count <= 1 && (counted is null || counted == chain.First.Variable))
        {
            var label = chain.First.Labels.Count == 1 ? new TokenReference(Graph.Schema.TokenKind.Label, chain.First.Labels[0]) : null;
            op = new CountStoreOp(slot, label, null, relationships: false);
        }
        else if (chain.Steps is [var step] && step.Relationship is { Length: null, Properties: null, Types.Count: <= 1, Direction: not RelationshipDirection.Either } relationship
            && chain.First is { Labels.Count: 0, Properties: null } && step.Node is { Labels.Count: 0, Properties: null }
            && (counted is null || counted == relationship.Variable)
            && (chain.First.Variable is null || chain.First.Variable != step.Node.Variable))
        {
            var type = relationship.Types.Count == 1 ? new TokenReference(Graph.Schema.TokenKind.RelationshipType, relationship.Types[0]) : null;
            op = new CountStoreOp(slot, null, type, relationships: true);
        }

        if (op is null)
        {
            return null;
        }

        return (new ProduceResultsOp(op, [item.ColumnName], [slot], [true]), [item.ColumnName]);
    }

    /// <summary>Whether the variable is known to hold a plain value, never an entity (nor a list or map that could hold one).</summary>
    private static bool IsScalar(Variable variable) =>
        variable.Kind is VariableKind.Any or VariableKind.Value
        && variable.Type is StaticType.Null or StaticType.Boolean or StaticType.Integer or StaticType.Float or StaticType.String;

    private static bool IsUpdating(Clause clause) => clause is CreateClause or MergeClause or SetClause or RemoveClause or DeleteClause;

    private static string ClauseName(Clause clause) => clause switch
    {
        MatchClause { Optional: true } => "OPTIONAL MATCH",
        MatchClause => "MATCH",
        UnwindClause => "UNWIND",
        WithClause => "WITH",
        _ => clause.GetType().Name.Replace("Clause", string.Empty, StringComparison.Ordinal).ToUpperInvariant(),
    };

    private string AnonymousName(string kind) => $" {kind}{_anonymous++}";

    private Variable Declare(Scope scope, string name, VariableKind kind)
    {
        var variable = new Variable(name, _slots.Allocate(), kind);
        scope.Set(variable);
        return variable;
    }
}
