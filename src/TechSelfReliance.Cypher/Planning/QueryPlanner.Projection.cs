using TechSelfReliance.Cypher.Errors;
using TechSelfReliance.Cypher.Functions;
using TechSelfReliance.Cypher.Runtime;
using TechSelfReliance.Cypher.Runtime.Aggregation;
using TechSelfReliance.Cypher.Runtime.Operators;
using TechSelfReliance.Cypher.Syntax.Ast;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Planning;

internal sealed partial class QueryPlanner
{
    private sealed record ProjectedItem(Expr Expression, string Name, int Start, bool Explicit);

    private (Operator Plan, Scope Scope) PlanWith(Operator plan, WithClause with, Scope scope)
    {
        var before = scope.Copy();
        var (projected, newScope, _) = PlanProjection(plan, with.Projection, scope, isReturn: false);
        if (with.Where is { } where)
        {
            CheckNoAggregate(where, "WHERE");
            var whereScope = newScope;
            var keepsRows = !with.Projection.Items.Any(i => ExpressionAnalysis.ContainsAggregate(i.Expression));
            if (keepsRows)
            {
                whereScope = before.Copy();
                foreach (var variable in newScope.Variables)
                {
                    whereScope.Set(variable);
                }
            }

            CheckPredicateType(where, whereScope);
            projected = new FilterOp(projected, Compile(where, whereScope), "WITH ... WHERE") { EstimatedRows = Math.Max(1, projected.EstimatedRows * 0.3) };
        }

        return (projected, newScope);
    }

    private (Operator Plan, Scope Scope, IReadOnlyList<string> Columns) PlanReturn(Operator plan, ReturnClause ret, Scope scope) =>
        PlanProjection(plan, ret.Projection, scope, isReturn: true);

    private Operator PlanUnwind(Operator plan, UnwindClause unwind, Scope scope)
    {
        CheckNoAggregate(unwind.List, "UNWIND");
        if (scope.Contains(unwind.Variable))
        {
            throw CypherException.Syntax("VariableAlreadyBound", $"Variable `{unwind.Variable}` already declared.", unwind.Start);
        }

        var list = Compile(unwind.List, scope);
        var slot = Declare(scope, unwind.Variable, VariableKind.Any).Slot;
        return new UnwindOp(plan, list, slot, unwind.Variable) { EstimatedRows = plan.EstimatedRows * 10 };
    }

    private (Operator Plan, Scope Scope, IReadOnlyList<string> Columns) PlanProjection(Operator plan, Projection projection, Scope scope, bool isReturn)
    {
        foreach (var sort in projection.OrderBy.Where(s => ExpressionAnalysis.ContainsAggregate(s.Expression)))
        {
            CheckAggregateNeighbours(sort.Expression);
        }

        var items = ExpandItems(projection, scope, isReturn);
        var aggregating = items.Any(i => ExpressionAnalysis.ContainsAggregate(i.Expression));
        foreach (var item in items)
        {
            foreach (var aggregate in ExpressionAnalysis.Aggregates(item.Expression))
            {
                if (ExpressionAnalysis.Children(aggregate).Any(ExpressionAnalysis.ContainsAggregate))
                {
                    throw CypherException.Syntax("NestedAggregation", "Cannot nest aggregating functions.", aggregate.Start);
                }
            }
        }

        var newScope = new Scope();
        var itemSlots = new int[items.Count];
        Scope orderScope;
        if (!aggregating)
        {
            var projections = new List<(int Slot, Evaluator Value)>();
            for (var i = 0; i < items.Count; i++)
            {
                var evaluator = Compile(items[i].Expression, scope);
                itemSlots[i] = _slots.Allocate();
                projections.Add((itemSlots[i], evaluator));
            }

            plan = new ProjectionOp(plan, [.. projections], string.Join(", ", items.Select(i => i.Name))) { EstimatedRows = plan.EstimatedRows };
            for (var i = 0; i < items.Count; i++)
            {
                newScope.Set(new Variable(items[i].Name, itemSlots[i], KindOf(items[i].Expression, scope), StaticTypes.Infer(items[i].Expression, scope)));
            }

            if (projection.Distinct)
            {
                plan = new DistinctOp(plan, itemSlots) { EstimatedRows = plan.EstimatedRows };
                orderScope = newScope.Copy();
            }
            else
            {
                orderScope = scope.Copy();
                foreach (var variable in newScope.Variables)
                {
                    orderScope.Set(variable);
                }
            }
        }
        else
        {
            plan = PlanAggregation(plan, items, scope, itemSlots, newScope);
            if (projection.Distinct)
            {
                plan = new DistinctOp(plan, itemSlots) { EstimatedRows = plan.EstimatedRows };
            }

            orderScope = newScope.Copy();
        }

        if (projection.OrderBy.Count > 0)
        {
            var keys = projection.OrderBy.Select(sort =>
            {
                var rewritten = ReplaceProjected(sort.Expression, items, itemSlots);
                foreach (var name in ExpressionAnalysis.FreeVariables(rewritten))
                {
                    Resolve(orderScope, name, sort.Expression.Start);
                }

                if (ExpressionAnalysis.ContainsAggregate(rewritten))
                {
                    throw CypherException.Syntax("InvalidAggregation", "ORDER BY can only use aggregates that are also projected.", sort.Expression.Start);
                }

                return new SortKey(Compile(rewritten, orderScope), sort.Descending);
            }).ToArray();
            var limitForTop = projection.Limit is null ? null : CompileCount(projection.Limit, "LIMIT");
            var skip = projection.Skip is null ? null : CompileCount(projection.Skip, "SKIP");
            Evaluator? top = limitForTop is null ? null : skip is null ? limitForTop : (row, context) => Arithmetic.Add(limitForTop(row, context), skip(row, context));
            plan = new SortOp(plan, keys, top, string.Join(", ", projection.OrderBy.Select(o => (o.Descending ? "DESC " : string.Empty) + "...")))
            {
                EstimatedRows = plan.EstimatedRows,
            };
        }

        if (projection.Skip is not null)
        {
            plan = new SkipOp(plan, CompileCount(projection.Skip, "SKIP")) { EstimatedRows = plan.EstimatedRows };
        }

        if (projection.Limit is not null)
        {
            plan = new LimitOp(plan, CompileCount(projection.Limit, "LIMIT"), runInputFirst: _writes) { EstimatedRows = plan.EstimatedRows };
        }

        return (plan, newScope, items.Select(i => i.Name).ToList());
    }

    /// <summary>Next to an aggregate, only variables, properties of variables and constants may appear; anything more complex is ambiguous.</summary>
    private static void CheckAggregateNeighbours(Expr expression)
    {
        foreach (var part in NonAggregateParts(expression))
        {
            if (ExpressionAnalysis.FreeVariables(part).Count > 0 && part is not (VariableExpr or PropertyExpr { Target: VariableExpr }))
            {
                throw CypherException.Syntax("AmbiguousAggregationExpression",
                    "Expressions next to an aggregate may only use grouping keys directly (variables or their properties).", part.Start);
            }
        }
    }

    private static IEnumerable<Expr> NonAggregateParts(Expr expression)
    {
        if (!ExpressionAnalysis.ContainsAggregate(expression))
        {
            yield return expression;
            yield break;
        }

        if (expression is CountStarExpr || (expression is FunctionCallExpr f && FunctionRegistry.IsAggregate(f.Name)))
        {
            yield break;
        }

        foreach (var child in ExpressionAnalysis.Children(expression))
        {
            foreach (var part in NonAggregateParts(child))
            {
                yield return part;
            }
        }
    }

    private static List<ProjectedItem> ExpandItems(Projection projection, Scope scope, bool isReturn)
    {
        var items = new List<ProjectedItem>();
        if (projection.IncludeExisting)
        {
            var visible = scope.Visible.OrderBy(v => v.Name, StringComparer.Ordinal).ToList();
            if (visible.Count == 0 && projection.Items.Count == 0)
            {
                throw CypherException.Syntax("NoVariablesInScope", (isReturn ? "RETURN" : "WITH") + " * is not allowed when there are no variables in scope.", projection.Start);
            }

            items.AddRange(visible.Select(v => new ProjectedItem(new VariableExpr(v.Name) { Start = projection.Start, End = projection.Start }, v.Name, projection.Start, false)));
        }

        foreach (var item in projection.Items)
        {
            if (item.Expression is PatternPredicateExpr)
            {
                throw CypherException.Syntax("UnexpectedSyntax", "A pattern expression can only test whether a pattern exists (use it in WHERE or exists()), not be returned.", item.Expression.Start);
            }

            if (!isReturn && item.Alias is null && item.Expression is not VariableExpr)
            {
                throw CypherException.Syntax("NoExpressionAlias", "Expression in WITH must be aliased (use AS).", item.Expression.Start);
            }

            var name = item.Alias ?? (item.Expression is VariableExpr v ? v.Name : item.Text);
            items.Add(new ProjectedItem(item.Expression, name, item.Start, true));
        }

        var explicitNames = items.Where(i => i.Explicit).Select(i => i.Name).ToList();
        var duplicate = explicitNames.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw CypherException.Syntax("ColumnNameConflict", $"Multiple result columns with the same name '{duplicate.Key}' are not supported.", projection.Start);
        }

        return items.Where(i => i.Explicit || !explicitNames.Contains(i.Name)).ToList();
    }

    /// <summary>The slot of v when the projection's only aggregate is count(v) of a plain variable.</summary>
    private static int? CountedVariableSlot(List<ProjectedItem> items, Scope scope)
    {
        var aggregates = items.SelectMany(i => ExpressionAnalysis.Aggregates(i.Expression)).ToList();
        return aggregates is [FunctionCallExpr { Distinct: false, Arguments: [VariableExpr v] } call]
            && string.Equals(call.Name, "count", StringComparison.OrdinalIgnoreCase) && scope.TryGet(v.Name, out var variable)
            ? variable.Slot
            : null;
    }

    private Operator PlanAggregation(Operator plan, List<ProjectedItem> items, Scope scope, int[] itemSlots, Scope newScope)
    {
        var grouping = new List<(int Slot, Evaluator Value)>();
        var groupingItems = new List<(ProjectedItem Item, int Slot)>();
        for (var i = 0; i < items.Count; i++)
        {
            if (!ExpressionAnalysis.ContainsAggregate(items[i].Expression))
            {
                itemSlots[i] = _slots.Allocate();
                grouping.Add((itemSlots[i], Compile(items[i].Expression, scope)));
                groupingItems.Add((items[i], itemSlots[i]));
            }
        }

        var aggregateSlots = new Dictionary<string, int>(StringComparer.Ordinal);
        var aggregates = new List<AggregateSpec>();
        foreach (var item in items)
        {
            foreach (var aggregate in ExpressionAnalysis.Aggregates(item.Expression))
            {
                var key = ExpressionAnalysis.Canonical(aggregate);
                if (aggregateSlots.ContainsKey(key))
                {
                    continue;
                }

                var slot = _slots.Allocate();
                aggregateSlots[key] = slot;
                aggregates.Add(aggregate switch
                {
                    CountStarExpr => new AggregateSpec("count", false, [], slot),
                    FunctionCallExpr call => CompileAggregate(call, scope, slot),
                    _ => throw new InvalidOperationException(),
                });
            }
        }

        // count(*) of a last expansion nothing else looks at is a sum of degrees (Neo4j's GetDegree rewrite)
        // and count(*) of an index seek with nothing after it counts what the seek finds; count(v) of a variable the
        // last operator binds (never null in its rows) is count(*)
        var countedSlot = CountedVariableSlot(items, scope);
        bool CountsRows(AggregateSpec spec, Func<int, bool> binds) =>
            spec is { Function: "count", Distinct: false } && (spec.Arguments.Length == 0 || (spec.Arguments.Length == 1 && countedSlot is { } s && binds(s)));
        plan = (grouping.Count, aggregates, plan) switch
        {
            (0, [var count], ExpandOp { CountableByDegree: true } expand) when CountsRows(count, expand.Binds) => expand.AsDegreeCount(count.Slot),
            (0, [var count], NodeIndexSeekOp seek) when CountsRows(count, s => s == seek.Slot) => seek.AsCount(count.Slot),
            _ => new AggregationOp(plan, [.. grouping], [.. aggregates], _slots, string.Join(", ", items.Select(i => i.Name))),
        };
        plan.EstimatedRows = grouping.Count == 0 ? 1 : Math.Max(1, Math.Sqrt(plan.Children[0].EstimatedRows));

        var projections = new List<(int Slot, Evaluator Value)>();
        var afterScope = new Scope();
        foreach (var (item, slot) in groupingItems)
        {
            afterScope.Set(new Variable(item.Name, slot, KindOf(item.Expression, scope)));
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (!ExpressionAnalysis.ContainsAggregate(items[i].Expression))
            {
                continue;
            }

            var rewritten = Rewrite(items[i].Expression, e =>
            {
                if (e is CountStarExpr || (e is FunctionCallExpr f && FunctionRegistry.IsAggregate(f.Name)))
                {
                    return new SlotExpr(aggregateSlots[ExpressionAnalysis.Canonical(e)], "aggregate");
                }

                var canonical = ExpressionAnalysis.Canonical(e);
                foreach (var (groupItem, groupSlot) in groupingItems)
                {
                    if (groupItem.Expression is VariableExpr or PropertyExpr { Target: VariableExpr } && ExpressionAnalysis.Canonical(groupItem.Expression) == canonical)
                    {
                        return new SlotExpr(groupSlot, groupItem.Name);
                    }
                }

                return null;
            });
            foreach (var name in ExpressionAnalysis.FreeVariables(rewritten))
            {
                if (!afterScope.Contains(name) || !groupingItems.Any(g => g.Item.Expression is VariableExpr v && v.Name == name))
                {
                    throw CypherException.Syntax("AmbiguousAggregationExpression",
                        $"Aggregation column contains implicit grouping expressions: '{name}' must be a grouping key to be used next to an aggregate.", items[i].Start);
                }
            }

            itemSlots[i] = _slots.Allocate();
            projections.Add((itemSlots[i], Compile(rewritten, afterScope)));
        }

        if (projections.Count > 0)
        {
            plan = new ProjectionOp(plan, [.. projections], "aggregate expressions") { EstimatedRows = plan.EstimatedRows };
        }

        for (var i = 0; i < items.Count; i++)
        {
            newScope.Set(new Variable(items[i].Name, itemSlots[i], ExpressionAnalysis.ContainsAggregate(items[i].Expression) ? VariableKind.Any : KindOf(items[i].Expression, scope)));
        }

        return plan;
    }

    private AggregateSpec CompileAggregate(FunctionCallExpr call, Scope scope, int slot)
    {
        var name = call.Name.ToLowerInvariant();
        var expected = name is "percentilecont" or "percentiledisc" ? 2 : 1;
        if (call.Arguments.Count != expected)
        {
            throw CypherException.Syntax("InvalidNumberOfArguments", $"Function {call.Name}() takes {expected} argument(s).", call.Start);
        }

        return new AggregateSpec(name, call.Distinct, call.Arguments.Select(a => Compile(a, scope)).ToArray(), slot);
    }

    /// <summary>ORDER BY may name a projected expression again; such sub-expressions read the projected slot.</summary>
    private static Expr ReplaceProjected(Expr expression, List<ProjectedItem> items, int[] slots) => Rewrite(expression, e =>
    {
        var canonical = ExpressionAnalysis.Canonical(e);
        for (var i = 0; i < items.Count; i++)
        {
            if (ExpressionAnalysis.Canonical(items[i].Expression) == canonical && e is not VariableExpr)
            {
                return new SlotExpr(slots[i], items[i].Name);
            }
        }

        return null;
    });

    /// <summary>Rebuilds an expression, replacing each sub-expression for which the replacer returns a value.</summary>
    private static Expr Rewrite(Expr expression, Func<Expr, Expr?> replace)
    {
        if (replace(expression) is { } replaced)
        {
            return replaced;
        }

        Expr R(Expr e) => Rewrite(e, replace);
        Expr? O(Expr? e) => e is null ? null : Rewrite(e, replace);
        return expression switch
        {
            PropertyExpr p => p with { Target = R(p.Target) },
            IndexExpr i => i with { Target = R(i.Target), Index = R(i.Index) },
            SliceExpr s => s with { Target = R(s.Target), From = O(s.From), To = O(s.To) },
            ListExpr l => l with { Items = l.Items.Select(R).ToList() },
            MapExpr m => m with { Entries = m.Entries.Select(e => new KeyValuePair<string, Expr>(e.Key, R(e.Value))).ToList() },
            UnaryExpr u => u with { Operand = R(u.Operand) },
            BinaryExpr b => b with { Left = R(b.Left), Right = R(b.Right) },
            IsNullExpr n => n with { Operand = R(n.Operand) },
            HasLabelsExpr h => h with { Target = R(h.Target) },
            FunctionCallExpr f => f with { Arguments = f.Arguments.Select(R).ToList() },
            CaseExpr c => c with { Subject = O(c.Subject), Else = O(c.Else), Alternatives = c.Alternatives.Select(a => new CaseAlternative(R(a.When), R(a.Then))).ToList() },
            ListComprehensionExpr l => l with { Source = R(l.Source), Where = O(l.Where), Projection = O(l.Projection) },
            QuantifierExpr q => q with { Source = R(q.Source), Where = O(q.Where) },
            ReduceExpr r => r with { Initial = R(r.Initial), Source = R(r.Source), Body = R(r.Body) },
            _ => expression,
        };
    }

    private Evaluator CompileCount(Expr expression, string clause)
    {
        if (ExpressionAnalysis.FreeVariables(expression).Count > 0 || ExpressionAnalysis.Find(expression, e => e is PatternPredicateExpr or PatternComprehensionExpr))
        {
            throw CypherException.Syntax("NonConstantExpression", $"It is not allowed to refer to variables in {clause}.", expression.Start);
        }

        if (expression is LiteralExpr literal)
        {
            if (literal.Value.Kind == ValueKind.Integer && literal.Value.AsInteger() < 0)
            {
                throw CypherException.Syntax("NegativeIntegerArgument", $"{clause} needs a non-negative integer, but got {literal.Value.AsInteger()}.", expression.Start);
            }

            if (literal.Value.Kind != ValueKind.Integer)
            {
                throw CypherException.Syntax("InvalidArgumentType", $"{clause} needs an integer, but got {literal.Value}.", expression.Start);
            }
        }

        return Compile(expression, new Scope());
    }

    private static VariableKind KindOf(Expr expression, Scope scope)
    {
        if (expression is VariableExpr v && scope.TryGet(v.Name, out var variable))
        {
            return variable.Kind;
        }

        return StaticTypes.Infer(expression, scope) switch
        {
            StaticType.Unknown or StaticType.Null => VariableKind.Any,
            StaticType.Node => VariableKind.Node,
            StaticType.Relationship => VariableKind.Relationship,
            StaticType.Path => VariableKind.Path,
            _ => VariableKind.Value,
        };
    }
}
