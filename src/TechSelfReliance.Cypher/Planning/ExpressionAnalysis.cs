using TechSelfReliance.Cypher.Functions;
using TechSelfReliance.Cypher.Syntax.Ast;

namespace TechSelfReliance.Cypher.Planning;

/// <summary>Facts about expressions the planner needs: which variables they read, whether they aggregate, their shape.</summary>
internal static class ExpressionAnalysis
{
    public static HashSet<string> FreeVariables(Expr expression)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        Collect(expression, [], result);
        return result;
    }

    public static bool ContainsAggregate(Expr expression) => Find(expression, e =>
        e is CountStarExpr || (e is FunctionCallExpr f && FunctionRegistry.IsAggregate(f.Name)));

    public static IEnumerable<Expr> Aggregates(Expr expression)
    {
        var found = new List<Expr>();
        Walk(expression, e =>
        {
            if (e is CountStarExpr || (e is FunctionCallExpr f && FunctionRegistry.IsAggregate(f.Name)))
            {
                found.Add(e);
                return false;
            }

            var perElement = e switch
            {
                ListComprehensionExpr l => new[] { l.Where, l.Projection },
                QuantifierExpr q => [q.Where],
                ReduceExpr r => [r.Body],
                PatternComprehensionExpr p => [p.Where, p.Projection],
                _ => [],
            };
            if (perElement.OfType<Expr>().Any(c => Find(c, x => x is CountStarExpr || (x is FunctionCallExpr g && FunctionRegistry.IsAggregate(g.Name)))))
            {
                throw Errors.CypherException.Syntax("InvalidAggregation", "Aggregating functions cannot be used inside list comprehensions, quantifiers or reduce.", e.Start);
            }

            return true;
        });
        return found;
    }

    public static bool Find(Expr expression, Func<Expr, bool> predicate)
    {
        var found = false;
        Walk(expression, e =>
        {
            if (predicate(e))
            {
                found = true;
            }

            return !found;
        });
        return found;
    }

    /// <summary>Visits the expression tree depth first; the visitor returns false to skip an expression's children.</summary>
    public static void Walk(Expr expression, Func<Expr, bool> visit)
    {
        if (!visit(expression))
        {
            return;
        }

        foreach (var child in Children(expression))
        {
            Walk(child, visit);
        }
    }

    public static IEnumerable<Expr> Children(Expr expression) => expression switch
    {
        PropertyExpr p => [p.Target],
        IndexExpr i => [i.Target, i.Index],
        SliceExpr s => new[] { s.Target, s.From, s.To }.Where(e => e is not null).Cast<Expr>(),
        ListExpr l => l.Items,
        MapExpr m => m.Entries.Select(e => e.Value),
        MapProjectionExpr m => m.Items.OfType<LiteralEntry>().Select(e => e.Value),
        UnaryExpr u => [u.Operand],
        BinaryExpr b => [b.Left, b.Right],
        IsNullExpr n => [n.Operand],
        HasLabelsExpr h => [h.Target],
        FunctionCallExpr f => f.Arguments,
        CaseExpr c => new[] { c.Subject, c.Else }.Where(e => e is not null).Cast<Expr>().Concat(c.Alternatives.SelectMany(a => new[] { a.When, a.Then })),
        ListComprehensionExpr l => new[] { l.Source, l.Where, l.Projection }.Where(e => e is not null).Cast<Expr>(),
        QuantifierExpr q => new[] { q.Source, q.Where }.Where(e => e is not null).Cast<Expr>(),
        ReduceExpr r => [r.Initial, r.Source, r.Body],
        PatternComprehensionExpr p => new[] { p.Where, p.Projection }.Where(e => e is not null).Cast<Expr>().Concat(PatternExpressions(p.Pattern)),
        PatternPredicateExpr p => PatternExpressions(p.Pattern),
        PropertiesMatchExpr p => [p.Entity, p.Map],
        _ => [],
    };

    public static IEnumerable<Expr> PatternExpressions(PatternChain chain)
    {
        if (chain.First.Properties is { } first)
        {
            yield return first;
        }

        foreach (var step in chain.Steps)
        {
            if (step.Relationship.Properties is { } relationship)
            {
                yield return relationship;
            }

            if (step.Node.Properties is { } node)
            {
                yield return node;
            }
        }
    }

    /// <summary>A canonical text of an expression, for recognising the same expression written twice.</summary>
    public static string Canonical(Expr expression) => expression switch
    {
        LiteralExpr l => "lit:" + l.Value.Kind + ":" + l.Value,
        ParameterExpr p => "$" + p.Name,
        VariableExpr v => "var:" + v.Name,
        SlotExpr s => "slot:" + s.Slot,
        PropertyExpr p => Canonical(p.Target) + "." + p.Key,
        IndexExpr i => Canonical(i.Target) + "[" + Canonical(i.Index) + "]",
        SliceExpr s => Canonical(s.Target) + "[" + (s.From is null ? string.Empty : Canonical(s.From)) + ".." + (s.To is null ? string.Empty : Canonical(s.To)) + "]",
        ListExpr l => "[" + string.Join(",", l.Items.Select(Canonical)) + "]",
        MapExpr m => "{" + string.Join(",", m.Entries.Select(e => e.Key + ":" + Canonical(e.Value))) + "}",
        UnaryExpr u => u.Operator + "(" + Canonical(u.Operand) + ")",
        BinaryExpr b => b.Operator + "(" + Canonical(b.Left) + "," + Canonical(b.Right) + ")",
        IsNullExpr n => (n.Negated ? "notnull(" : "isnull(") + Canonical(n.Operand) + ")",
        HasLabelsExpr h => Canonical(h.Target) + ":" + string.Join(":", h.Labels),
        FunctionCallExpr f => f.Name.ToLowerInvariant() + (f.Distinct ? "(distinct " : "(") + string.Join(",", f.Arguments.Select(Canonical)) + ")",
        CountStarExpr => "count(*)",
        CaseExpr c => "case(" + (c.Subject is null ? string.Empty : Canonical(c.Subject)) + ";" + string.Join(";", c.Alternatives.Select(a => Canonical(a.When) + "=>" + Canonical(a.Then))) + ";" + (c.Else is null ? string.Empty : Canonical(c.Else)) + ")",
        _ => expression.GetType().Name + "@" + expression.Start + ":" + expression.End,
    };

    private static void Collect(Expr expression, HashSet<string> local, HashSet<string> result)
    {
        switch (expression)
        {
            case VariableExpr v:
                if (!local.Contains(v.Name))
                {
                    result.Add(v.Name);
                }

                return;
            case MapProjectionExpr m:
                if (!local.Contains(m.Variable))
                {
                    result.Add(m.Variable);
                }

                foreach (var item in m.Items)
                {
                    if (item is VariableSelector selector && !local.Contains(selector.Name))
                    {
                        result.Add(selector.Name);
                    }
                    else if (item is LiteralEntry entry)
                    {
                        Collect(entry.Value, local, result);
                    }
                }

                return;
            case ListComprehensionExpr l:
                Collect(l.Source, local, result);
                var inner = new HashSet<string>(local, StringComparer.Ordinal) { l.Variable };
                if (l.Where is not null)
                {
                    Collect(l.Where, inner, result);
                }

                if (l.Projection is not null)
                {
                    Collect(l.Projection, inner, result);
                }

                return;
            case QuantifierExpr q:
                Collect(q.Source, local, result);
                if (q.Where is not null)
                {
                    Collect(q.Where, new HashSet<string>(local, StringComparer.Ordinal) { q.Variable }, result);
                }

                return;
            case ReduceExpr r:
                Collect(r.Initial, local, result);
                Collect(r.Source, local, result);
                Collect(r.Body, new HashSet<string>(local, StringComparer.Ordinal) { r.Accumulator, r.Variable }, result);
                return;
            case PatternComprehensionExpr p:
                {
                    var patternLocal = new HashSet<string>(local, StringComparer.Ordinal);
                    foreach (var name in PatternVariables(p.Pattern))
                    {
                        if (!local.Contains(name))
                        {
                            result.Add(name);
                        }
                    }

                    foreach (var e in PatternExpressions(p.Pattern))
                    {
                        Collect(e, patternLocal, result);
                    }

                    if (p.Where is not null)
                    {
                        Collect(p.Where, patternLocal, result);
                    }

                    Collect(p.Projection, patternLocal, result);
                    return;
                }

            case PatternPredicateExpr p:
                foreach (var name in PatternVariables(p.Pattern))
                {
                    if (!local.Contains(name))
                    {
                        result.Add(name);
                    }
                }

                foreach (var e in PatternExpressions(p.Pattern))
                {
                    Collect(e, local, result);
                }

                return;
            case ExistsSubqueryExpr exists:
                foreach (var name in MentionedInSubquery(exists))
                {
                    if (!local.Contains(name))
                    {
                        result.Add(name);
                    }
                }

                return;
            default:
                foreach (var child in Children(expression))
                {
                    Collect(child, local, result);
                }

                return;
        }
    }

    /// <summary>Every variable an EXISTS subquery mentions; the caller keeps those that come from outside.</summary>
    private static HashSet<string> MentionedInSubquery(ExistsSubqueryExpr exists)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        void FromPattern(Pattern pattern)
        {
            foreach (var part in pattern.Parts)
            {
                names.UnionWith(PatternVariables(part.Chain));
                foreach (var e in PatternExpressions(part.Chain))
                {
                    names.UnionWith(FreeVariables(e));
                }
            }
        }

        void FromExpression(Expr? e)
        {
            if (e is not null)
            {
                names.UnionWith(FreeVariables(e));
            }
        }

        if (exists.Pattern is { } pattern)
        {
            FromPattern(pattern);
        }

        FromExpression(exists.Where);
        var queries = exists.Query switch
        {
            SingleQuery single => [single],
            UnionQuery union => union.Parts,
            _ => (IReadOnlyList<SingleQuery>)[],
        };
        foreach (var clause in queries.SelectMany(q => q.Clauses))
        {
            switch (clause)
            {
                case MatchClause match:
                    FromPattern(match.Pattern);
                    FromExpression(match.Where);
                    break;
                case WithClause with:
                    foreach (var item in with.Projection.Items)
                    {
                        FromExpression(item.Expression);
                    }

                    FromExpression(with.Where);
                    break;
                case ReturnClause ret:
                    foreach (var item in ret.Projection.Items)
                    {
                        FromExpression(item.Expression);
                    }

                    break;
                case UnwindClause unwind:
                    FromExpression(unwind.List);
                    break;
            }
        }

        return names;
    }

    public static IEnumerable<string> PatternVariables(PatternChain chain)
    {
        if (chain.First.Variable is { } first)
        {
            yield return first;
        }

        foreach (var step in chain.Steps)
        {
            if (step.Relationship.Variable is { } relationship)
            {
                yield return relationship;
            }

            if (step.Node.Variable is { } node)
            {
                yield return node;
            }
        }
    }
}
