using TechSelfReliance.Cypher.Errors;
using TechSelfReliance.Cypher.Runtime;
using TechSelfReliance.Cypher.Runtime.Operators;
using TechSelfReliance.Cypher.Syntax.Ast;
using TechSelfReliance.Graph;
using TechSelfReliance.Graph.Schema;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Planning;

internal sealed partial class QueryPlanner
{
    private Operator PlanMatchClause(Operator input, MatchClause match, Scope scope)
    {
        if (!match.Optional)
        {
            return PlanPatternMatch(input, match.Pattern, match.Where, scope, allowNewVariables: true);
        }

        var before = scope.Variables.Select(v => v.Name).ToHashSet(StringComparer.Ordinal);
        var inner = PlanPatternMatch(new ArgumentOp(), match.Pattern, match.Where, scope, allowNewVariables: true);
        var introduced = scope.Variables.Where(v => !before.Contains(v.Name)).Select(v => v.Slot).ToArray();
        return new ApplyOp(input, inner, optional: true, introduced) { EstimatedRows = Math.Max(input.EstimatedRows, inner.EstimatedRows) };
    }

    /// <summary>
    /// Plans a pattern on top of an input whose rows already bind the variables in scope. New variables are
    /// added to the scope. Conditions (WHERE and the pattern's own labels and properties) are applied as early as possible.
    /// </summary>
    private Operator PlanPatternMatch(Operator plan, Pattern pattern, Expr? where, Scope scope, bool allowNewVariables)
    {
        var bound = scope.Variables.Select(v => v.Name).ToHashSet(StringComparer.Ordinal);
        var parts = pattern.Parts.Select(p => DeclarePatternPart(p, scope, bound, allowNewVariables)).ToList();
        var predicates = new List<PatternPredicate>();
        foreach (var part in parts)
        {
            AddInlinePredicates(part, predicates);
        }

        if (where is not null)
        {
            CheckNoAggregate(where, "WHERE");
            CheckPredicateType(where, scope);
            foreach (var conjunct in Conjuncts(where))
            {
                var dependencies = ExpressionAnalysis.FreeVariables(conjunct);
                dependencies.IntersectWith(scope.Variables.Select(v => v.Name));
                predicates.Add(new PatternPredicate(conjunct, dependencies, "WHERE"));
            }
        }

        var relationshipsInMatch = new List<(int Slot, bool IsList)>();
        plan = ApplyReadyPredicates(plan, predicates, bound, scope);
        foreach (var part in parts.OrderBy(p => p.Part.Shortest != ShortestPathKind.None))
        {
            plan = part.Part.Shortest == ShortestPathKind.None
                ? PlanPart(plan, part, predicates, bound, scope, relationshipsInMatch)
                : PlanShortestPart(plan, part, predicates, bound, scope);
        }

        foreach (var predicate in predicates.Where(p => !p.Applied))
        {
            plan = Filter(plan, predicate, scope);
        }

        return plan;
    }

    private static IEnumerable<Expr> Conjuncts(Expr expression) =>
        expression is BinaryExpr { Operator: BinaryOperator.And } and ? Conjuncts(and.Left).Concat(Conjuncts(and.Right)) : [expression];

    private static void CheckNoAggregate(Expr expression, string clause)
    {
        if (ExpressionAnalysis.ContainsAggregate(expression))
        {
            var aggregate = ExpressionAnalysis.Aggregates(expression).First();
            throw CypherException.Syntax("InvalidAggregation", $"Invalid use of aggregating function in {clause}.", aggregate.Start);
        }
    }

    /// <summary>A pattern part with every element named (anonymous ones get invisible names) and the variables declared.</summary>
    private sealed record DeclaredPart(PatternPart Part, string[] Nodes, string[] Relationships);

    private DeclaredPart DeclarePatternPart(PatternPart part, Scope scope, HashSet<string> bound, bool allowNewVariables)
    {
        var chain = part.Chain;
        var nodes = new List<string>();
        var relationships = new List<string>();
        var nodePatterns = new[] { chain.First }.Concat(chain.Steps.Select(s => s.Node)).ToList();
        for (var i = 0; i < nodePatterns.Count; i++)
        {
            var node = nodePatterns[i];
            var name = node.Variable ?? AnonymousName("node");
            if (scope.TryGet(name, out var existing))
            {
                if (existing.Kind is not (VariableKind.Node or VariableKind.Any) || existing.Type is not (StaticType.Unknown or StaticType.Node or StaticType.Null))
                {
                    throw CypherException.Syntax("VariableTypeConflict", $"Variable `{name}` is a {Describe(existing.Kind)}, not a node.", node.Start);
                }
            }
            else
            {
                if (!allowNewVariables && node.Variable is not null)
                {
                    throw CypherException.Syntax("UndefinedVariable", $"Variable `{name}` not defined.", node.Start);
                }

                Declare(scope, name, VariableKind.Node);
            }

            nodes.Add(name);
            if (i > 0)
            {
                var relationship = chain.Steps[i - 1].Relationship;
                relationships.Add(DeclareRelationship(relationship, scope, relationships, allowNewVariables));
            }
        }

        if (part.PathVariable is { } path)
        {
            if (scope.Contains(path))
            {
                throw CypherException.Syntax("VariableAlreadyBound", $"Variable `{path}` already declared.", part.Start);
            }

            Declare(scope, path, VariableKind.Path);
        }

        _ = bound;
        return new DeclaredPart(part, [.. nodes], [.. relationships]);
    }

    private string DeclareRelationship(RelationshipPattern relationship, Scope scope, List<string> earlierInPart, bool allowNewVariables)
    {
        var name = relationship.Variable ?? AnonymousName("rel");
        var kind = relationship.Length is null ? VariableKind.Relationship : VariableKind.RelationshipList;
        if (scope.TryGet(name, out var existing))
        {
            if (earlierInPart.Contains(name))
            {
                throw CypherException.Syntax("RelationshipUniquenessViolation", $"Cannot use the same relationship variable '{name}' for multiple relationships.", relationship.Start);
            }

            var listOfRelationships = relationship.Length is not null && existing.Kind is VariableKind.Value or VariableKind.Any && existing.Type is StaticType.List or StaticType.Unknown;
            if (!listOfRelationships && (existing.Kind is VariableKind.Node or VariableKind.Path or VariableKind.Value || (existing.Kind == VariableKind.RelationshipList && relationship.Length is null)
                || (relationship.Length is null && existing.Type is not (StaticType.Unknown or StaticType.Relationship or StaticType.Null))))
            {
                throw CypherException.Syntax("VariableTypeConflict", $"Variable `{name}` is a {Describe(existing.Kind)}, not a relationship.", relationship.Start);
            }

            if (relationship.Length is not null && existing.Kind == VariableKind.Relationship && !listOfRelationships)
            {
                throw CypherException.Syntax("VariableTypeConflict", $"Variable `{name}` is a relationship, not a list of relationships.", relationship.Start);
            }
        }
        else
        {
            if (!allowNewVariables && relationship.Variable is not null)
            {
                throw CypherException.Syntax("UndefinedVariable", $"Variable `{name}` not defined.", relationship.Start);
            }

            Declare(scope, name, kind);
        }

        return name;
    }

    private static string Describe(VariableKind kind) => kind switch
    {
        VariableKind.Node => "node",
        VariableKind.Relationship => "relationship",
        VariableKind.RelationshipList => "list of relationships",
        VariableKind.Path => "path",
        _ => "value",
    };

    private static void AddInlinePredicates(DeclaredPart part, List<PatternPredicate> predicates)
    {
        var chain = part.Part.Chain;
        var nodePatterns = new[] { chain.First }.Concat(chain.Steps.Select(s => s.Node)).ToList();
        for (var i = 0; i < nodePatterns.Count; i++)
        {
            var name = part.Nodes[i];
            var node = nodePatterns[i];
            foreach (var label in node.Labels)
            {
                predicates.Add(new PatternPredicate(new HasLabelsExpr(new VariableExpr(name), [label]) { Start = node.Start }, [name], $"{Visible(name)}:{label}"));
            }

            AddPropertyPredicates(name, node.Properties, predicates);
        }

        for (var i = 0; i < chain.Steps.Count; i++)
        {
            var relationship = chain.Steps[i].Relationship;
            if (relationship.Length is null)
            {
                AddPropertyPredicates(part.Relationships[i], relationship.Properties, predicates);
            }
        }
    }

    private static void AddPropertyPredicates(string name, Expr? properties, List<PatternPredicate> predicates)
    {
        switch (properties)
        {
            case ParameterExpr:
                throw CypherException.Syntax("InvalidParameterUse", "Parameter maps cannot be used in MATCH patterns; use a map literal such as {name: $name} instead.", properties.Start);
            case MapExpr map:
                foreach (var (key, value) in map.Entries)
                {
                    var equality = new BinaryExpr(BinaryOperator.Equal, new PropertyExpr(new VariableExpr(name), key), value) { Start = value.Start, End = value.End };
                    var dependencies = ExpressionAnalysis.FreeVariables(value);
                    dependencies.Add(name);
                    predicates.Add(new PatternPredicate(equality, dependencies, $"{Visible(name)}.{key} = ..."));
                }

                break;
            case null:
                break;
            default:
                var match = new PropertiesMatchExpr(new VariableExpr(name), properties) { Start = properties.Start, End = properties.End };
                var deps = ExpressionAnalysis.FreeVariables(properties);
                deps.Add(name);
                predicates.Add(new PatternPredicate(match, deps, $"{Visible(name)} properties"));
                break;
        }
    }

    private static string Visible(string name) => name.StartsWith(' ') ? "anon" : name;

    private Operator ApplyReadyPredicates(Operator plan, List<PatternPredicate> predicates, HashSet<string> bound, Scope scope)
    {
        foreach (var predicate in predicates)
        {
            if (!predicate.Applied && predicate.Dependencies.All(bound.Contains))
            {
                plan = Filter(plan, predicate, scope);
            }
        }

        return plan;
    }

    private Operator Filter(Operator plan, PatternPredicate predicate, Scope scope)
    {
        predicate.Applied = true;
        var selectivity = predicate.Expression is BinaryExpr { Operator: BinaryOperator.Equal } ? 0.1 : predicate.Expression is HasLabelsExpr ? 0.5 : 0.3;
        return new FilterOp(plan, Compile(predicate.Expression, scope), predicate.Description) { EstimatedRows = Math.Max(1, plan.EstimatedRows * selectivity) };
    }

    private Operator PlanPart(Operator plan, DeclaredPart part, List<PatternPredicate> predicates, HashSet<string> bound, Scope scope, List<(int Slot, bool IsList)> relationshipsInMatch)
    {
        var chain = part.Part.Chain;
        int left, right;
        var boundNode = Array.FindIndex(part.Nodes, bound.Contains);
        var boundRelationship = Array.FindIndex(part.Relationships, bound.Contains);
        if (boundNode >= 0)
        {
            left = right = boundNode;
        }
        else if (boundRelationship >= 0)
        {
            var step = chain.Steps[boundRelationship];
            var relationship = scope.TryGet(part.Relationships[boundRelationship], out var r) ? r : throw new InvalidOperationException();
            var leftSlot = scope.TryGet(part.Nodes[boundRelationship], out var l) ? l.Slot : -1;
            var rightSlot = scope.TryGet(part.Nodes[boundRelationship + 1], out var rn) ? rn.Slot : -1;
            plan = step.Relationship.Length is { } boundLength
                ? new BoundRelationshipListOp(plan, relationship.Slot, leftSlot, rightSlot, fromBound: false, toBound: false,
                    DirectionOf(step.Relationship.Direction, reversed: false), Types(step.Relationship), boundLength.Min ?? 1, boundLength.Max) { EstimatedRows = plan.EstimatedRows }
                : new BoundRelationshipOp(plan, relationship.Slot, leftSlot, rightSlot, fromBound: false, toBound: false,
                    DirectionOf(step.Relationship.Direction, reversed: false), Types(step.Relationship)) { EstimatedRows = plan.EstimatedRows * 2 };
            bound.Add(part.Nodes[boundRelationship]);
            bound.Add(part.Nodes[boundRelationship + 1]);
            relationshipsInMatch.Add((relationship.Slot, relationship.Kind == VariableKind.RelationshipList));
            plan = ApplyReadyPredicates(plan, predicates, bound, scope);
            left = boundRelationship;
            right = boundRelationship + 1;
        }
        else
        {
            var start = ChooseStart(part, predicates, bound);
            plan = PlanLeaf(plan, part.Nodes[start], predicates, bound, scope);
            left = right = start;
        }

        for (var i = right + 1; i < part.Nodes.Length; i++)
        {
            plan = PlanStep(plan, part, i - 1, i, i - 1, reversed: false, predicates, bound, scope, relationshipsInMatch);
        }

        for (var i = left - 1; i >= 0; i--)
        {
            plan = PlanStep(plan, part, i + 1, i, i, reversed: true, predicates, bound, scope, relationshipsInMatch);
        }

        if (part.Part.PathVariable is { } pathName)
        {
            var pathSlot = scope.TryGet(pathName, out var path) ? path.Slot : throw new InvalidOperationException();
            plan = new ProjectionOp(plan, [(pathSlot, PathBuilder(part, scope))], pathName) { EstimatedRows = plan.EstimatedRows };
            bound.Add(pathName);
            plan = ApplyReadyPredicates(plan, predicates, bound, scope);
        }

        return plan;
    }

    /// <summary>
    /// The node to start a pattern part from: the one whose plan touches the fewest rows in all, counting the
    /// leaf and every expansion after it (rightwards, then leftwards, as the plan runs), with fan-outs from the
    /// store's counts of relationships by start label, type and end label.
    /// </summary>
    private int ChooseStart(DeclaredPart part, List<PatternPredicate> predicates, HashSet<string> bound)
    {
        var steps = part.Part.Chain.Steps;
        var labels = part.Nodes.Select(n => SmallestLabel(n, predicates)).ToArray();
        var best = 0;
        var bestCost = double.MaxValue;
        for (var i = 0; i < part.Nodes.Length; i++)
        {
            var rows = IdSeekCandidate(part.Nodes[i], predicates, bound) is not null ? 0.5 : LeafCost(part.Nodes[i], predicates, bound).Cost;
            var total = rows;
            for (var j = i + 1; j < part.Nodes.Length; j++)
            {
                rows *= FanOut(steps[j - 1].Relationship, labels[j - 1], labels[j], reversed: false);
                total += rows;
            }

            for (var j = i - 1; j >= 0; j--)
            {
                rows *= FanOut(steps[j].Relationship, labels[j + 1], labels[j], reversed: true);
                total += rows;
            }

            if (total < bestCost)
            {
                best = i;
                bestCost = total;
            }
        }

        return best;
    }

    private int SmallestLabel(string node, List<PatternPredicate> predicates)
    {
        var best = -1;
        var bestCount = long.MaxValue;
        foreach (var predicate in predicates)
        {
            if (!predicate.Applied && predicate.Expression is HasLabelsExpr { Target: VariableExpr v, Labels.Count: 1 } has && v.Name == node)
            {
                var id = graph.Tokens.Lookup(TokenKind.Label, has.Labels[0]);
                var count = id < 0 ? 0 : graph.CountNodesWithLabel(id);
                if (count < bestCount)
                {
                    best = id;
                    bestCount = count;
                }
            }
        }

        return best;
    }

    /// <summary>Rows per input row when expanding one step from a node with <paramref name="fromLabel"/> to one with <paramref name="toLabel"/> (-1: any).</summary>
    private double FanOut(RelationshipPattern relationship, int fromLabel, int toLabel, bool reversed)
    {
        var direction = DirectionOf(relationship.Direction, reversed);
        var typeIds = relationship.Types.Count == 0 ? [-1] : relationship.Types.Select(t => graph.Tokens.Lookup(TokenKind.RelationshipType, t)).Where(t => t >= 0).ToArray();
        double count = 0;
        foreach (var type in typeIds)
        {
            if (direction != Direction.Incoming)
            {
                count += graph.CountRelationships(fromLabel, type, toLabel);
            }

            if (direction != Direction.Outgoing)
            {
                count += graph.CountRelationships(toLabel, type, fromLabel);
            }
        }

        var nodes = fromLabel >= 0 ? graph.CountNodesWithLabel(fromLabel) : graph.NodeCount;
        var fan = count / Math.Max(1, nodes);
        return relationship.Length is { } length ? Math.Pow(Math.Max(fan, 1), Math.Min(length.Max ?? 3, 3)) : fan;
    }

    private (double Cost, string? Label, PatternPredicate? Seek) LeafCost(string node, List<PatternPredicate> predicates, HashSet<string> bound)
    {
        var labels = predicates
            .Where(p => !p.Applied && p.Expression is HasLabelsExpr { Target: VariableExpr v, Labels.Count: 1 } && v.Name == node)
            .Select(p => ((HasLabelsExpr)p.Expression).Labels[0])
            .ToList();
        double cost = graph.NodeCount;
        string? chosenLabel = null;
        foreach (var label in labels)
        {
            var id = graph.Tokens.Lookup(TokenKind.Label, label);
            double count = id < 0 ? 0 : graph.CountNodesWithLabel(id);
            if (count < cost || chosenLabel is null)
            {
                cost = count;
                chosenLabel = label;
            }
        }

        PatternPredicate? seek = null;
        foreach (var predicate in predicates.Where(p => !p.Applied))
        {
            if (SeekCandidate(predicate, node, bound) is not { } candidate)
            {
                continue;
            }

            foreach (var label in labels)
            {
                var labelId = graph.Tokens.Lookup(TokenKind.Label, label);
                var keyId = graph.Tokens.Lookup(TokenKind.PropertyKey, candidate.Key);
                if (labelId < 0 || keyId < 0 || graph.FindIndex(labelId, keyId) is not { } index)
                {
                    continue;
                }

                var estimate = candidate.IsEquality
                    ? Math.Max(1.0, (double)index.EntryCount / Math.Max(1, index.DistinctKeys))
                    : Math.Max(1.0, index.EntryCount * 0.3);
                if (estimate < cost || seek is null)
                {
                    cost = estimate;
                    chosenLabel = label;
                    seek = predicate;
                }
            }
        }

        return (cost, chosenLabel, seek);
    }

    private sealed record SeekShape(string Key, bool IsEquality, bool InList, Expr? Value, BinaryOperator Operator);

    /// <summary>Recognises n.key = e, e = n.key, n.key IN list and range comparisons where e needs only bound variables.</summary>
    private static SeekShape? SeekCandidate(PatternPredicate predicate, string node, HashSet<string> bound)
    {
        if (predicate.Expression is not BinaryExpr binary)
        {
            return null;
        }

        static bool IsProperty(Expr e, string node, out string key)
        {
            key = string.Empty;
            if (e is PropertyExpr { Target: VariableExpr v } p && v.Name == node)
            {
                key = p.Key;
                return true;
            }

            return false;
        }

        bool Independent(Expr e) => ExpressionAnalysis.FreeVariables(e).All(bound.Contains) && !ExpressionAnalysis.FreeVariables(e).Contains(node);

        switch (binary.Operator)
        {
            case BinaryOperator.Equal:
                if (IsProperty(binary.Left, node, out var key) && Independent(binary.Right))
                {
                    return new SeekShape(key, true, false, binary.Right, binary.Operator);
                }

                if (IsProperty(binary.Right, node, out key) && Independent(binary.Left))
                {
                    return new SeekShape(key, true, false, binary.Left, binary.Operator);
                }

                return null;
            case BinaryOperator.In:
                return IsProperty(binary.Left, node, out var inKey) && Independent(binary.Right) ? new SeekShape(inKey, true, true, binary.Right, binary.Operator) : null;
            case BinaryOperator.LessThan or BinaryOperator.LessOrEqual or BinaryOperator.GreaterThan or BinaryOperator.GreaterOrEqual:
                if (IsProperty(binary.Left, node, out var rangeKey) && Independent(binary.Right))
                {
                    return new SeekShape(rangeKey, false, false, binary.Right, binary.Operator);
                }

                return null;
            default:
                return null;
        }
    }

    /// <summary>WHERE id(n) = e or id(n) IN list, where e needs only bound variables.</summary>
    private static (PatternPredicate Predicate, Expr Ids, bool InList)? IdSeekCandidate(string node, List<PatternPredicate> predicates, HashSet<string> bound)
    {
        static bool IsIdOf(Expr e, string node) =>
            e is FunctionCallExpr { Arguments: [VariableExpr v] } f && string.Equals(f.Name, "id", StringComparison.OrdinalIgnoreCase) && v.Name == node;

        foreach (var predicate in predicates.Where(p => !p.Applied))
        {
            if (predicate.Expression is not BinaryExpr { Operator: BinaryOperator.Equal or BinaryOperator.In } binary)
            {
                continue;
            }

            bool Independent(Expr e) => ExpressionAnalysis.FreeVariables(e).All(bound.Contains) && !ExpressionAnalysis.FreeVariables(e).Contains(node);
            if (IsIdOf(binary.Left, node) && Independent(binary.Right))
            {
                return (predicate, binary.Right, binary.Operator == BinaryOperator.In);
            }

            if (binary.Operator == BinaryOperator.Equal && IsIdOf(binary.Right, node) && Independent(binary.Left))
            {
                return (predicate, binary.Left, false);
            }
        }

        return null;
    }

    private Operator PlanLeaf(Operator plan, string node, List<PatternPredicate> predicates, HashSet<string> bound, Scope scope)
    {
        if (IdSeekCandidate(node, predicates, bound) is { } idSeek)
        {
            var idSlot = scope.TryGet(node, out var seeked) ? seeked.Slot : throw new InvalidOperationException();
            Operator byId = new NodeByIdSeekOp(plan, idSlot, Compile(idSeek.Ids, scope), idSeek.InList, Visible(node)) { EstimatedRows = plan.EstimatedRows };
            idSeek.Predicate.Applied = true;
            bound.Add(node);
            return ApplyReadyPredicates(byId, predicates, bound, scope);
        }

        var (cost, label, seek) = LeafCost(node, predicates, bound);
        var slot = scope.TryGet(node, out var variable) ? variable.Slot : throw new InvalidOperationException();
        var visible = Visible(node);
        Operator leaf;
        if (seek is not null && SeekCandidate(seek, node, bound) is { } shape)
        {
            var labelToken = new TokenReference(TokenKind.Label, label!);
            var keyToken = new TokenReference(TokenKind.PropertyKey, shape.Key);
            var value = Compile(shape.Value!, scope);
            if (shape.IsEquality)
            {
                leaf = new NodeIndexSeekOp(plan, slot, labelToken, keyToken, visible, value, shape.InList, null, false, null, false);
            }
            else
            {
                var isLower = shape.Operator is BinaryOperator.GreaterThan or BinaryOperator.GreaterOrEqual;
                var other = predicates.Where(p => !p.Applied && p != seek)
                    .Select(p => (Predicate: p, Shape: SeekCandidate(p, node, bound)))
                    .FirstOrDefault(c => c.Shape is { IsEquality: false } s && s.Key == shape.Key
                        && (s.Operator is BinaryOperator.GreaterThan or BinaryOperator.GreaterOrEqual) != isLower);
                Evaluator? otherValue = other.Shape is { } o ? Compile(o.Value!, scope) : null;
                var otherInclusive = other.Shape?.Operator is BinaryOperator.GreaterOrEqual or BinaryOperator.LessOrEqual;
                var inclusive = shape.Operator is BinaryOperator.GreaterOrEqual or BinaryOperator.LessOrEqual;
                leaf = isLower
                    ? new NodeIndexSeekOp(plan, slot, labelToken, keyToken, visible, null, false, value, inclusive, otherValue, otherInclusive)
                    : new NodeIndexSeekOp(plan, slot, labelToken, keyToken, visible, null, false, otherValue, otherInclusive, value, inclusive);
                if (other.Predicate is not null)
                {
                    other.Predicate.Applied = true;
                }
            }

            seek.Applied = true;
            MarkLabelUsed(predicates, node, label!);
        }
        else if (label is not null)
        {
            leaf = new NodeScanOp(plan, slot, new TokenReference(TokenKind.Label, label), visible);
            MarkLabelUsed(predicates, node, label);
        }
        else
        {
            leaf = new NodeScanOp(plan, slot, null, visible);
        }

        leaf.EstimatedRows = Math.Max(1, plan.EstimatedRows * Math.Max(cost, 1));
        bound.Add(node);
        return ApplyReadyPredicates(leaf, predicates, bound, scope);
    }

    private static void MarkLabelUsed(List<PatternPredicate> predicates, string node, string label)
    {
        var used = predicates.FirstOrDefault(p => !p.Applied && p.Expression is HasLabelsExpr { Target: VariableExpr v, Labels.Count: 1 } h && v.Name == node && h.Labels[0] == label);
        if (used is not null)
        {
            used.Applied = true;
        }
    }

    private Operator PlanStep(Operator plan, DeclaredPart part, int fromIndex, int toIndex, int stepIndex, bool reversed, List<PatternPredicate> predicates, HashSet<string> bound, Scope scope, List<(int Slot, bool IsList)> relationshipsInMatch)
    {
        var relationship = part.Part.Chain.Steps[stepIndex].Relationship;
        var fromName = part.Nodes[fromIndex];
        var toName = part.Nodes[toIndex];
        var relationshipName = part.Relationships[stepIndex];
        scope.TryGet(fromName, out var from);
        scope.TryGet(toName, out var to);
        scope.TryGet(relationshipName, out var rel);
        var direction = DirectionOf(relationship.Direction, reversed);
        var types = Types(relationship);
        var into = bound.Contains(toName);
        var description = $"({Visible(fromName)})-[{Visible(relationshipName)}{(types.Length > 0 ? ":" + string.Join("|", types.Select(t => t.Name)) : string.Empty)}]-({Visible(toName)})";
        var fanOut = EstimateFanOut(types);
        if (bound.Contains(relationshipName) && relationship.Length is { } boundLength)
        {
            plan = new BoundRelationshipListOp(plan, rel!.Slot, from!.Slot, to!.Slot, fromBound: true, toBound: into, direction, types, boundLength.Min ?? 1, boundLength.Max)
            {
                EstimatedRows = plan.EstimatedRows,
            };
        }
        else if (bound.Contains(relationshipName))
        {
            plan = new BoundRelationshipOp(plan, rel!.Slot, from!.Slot, to!.Slot, fromBound: true, toBound: into, direction, types) { EstimatedRows = plan.EstimatedRows };
        }
        else if (relationship.Length is { } length)
        {
            var filters = relationship.Properties switch
            {
                MapExpr map => map.Entries.Select(e => (new TokenReference(TokenKind.PropertyKey, e.Key), Compile(e.Value, scope))).ToArray(),
                null => [],
                _ => throw CypherException.Syntax("InvalidArgumentType", "Variable-length relationships take a map of properties.", relationship.Start),
            };
            var min = length.Min ?? 1;
            if (min < 0 || length.Max is < 0)
            {
                throw CypherException.Syntax("InvalidRelationshipPattern", "Variable-length bounds must not be negative.", relationship.Start);
            }

            plan = new VarLengthExpandOp(plan, from!.Slot, rel!.Slot, to!.Slot, into, types, direction, min, length.Max, filters, reversed, description)
            {
                EstimatedRows = plan.EstimatedRows * Math.Pow(Math.Max(fanOut, 1), Math.Min(length.Max ?? 3, 3)),
            };
            relationshipsInMatch.Add((rel.Slot, true));
            plan = UniquenessFilter(plan, rel.Slot, true, relationshipsInMatch);
        }
        else
        {
            var earlier = relationshipsInMatch.Select(r => r.Slot).Where(s => s != rel!.Slot).ToArray();
            plan = new ExpandOp(plan, from!.Slot, rel!.Slot, to!.Slot, into, types, direction, earlier, description)
            {
                EstimatedRows = into ? Math.Max(1, plan.EstimatedRows * 0.5) : plan.EstimatedRows * Math.Max(fanOut, 0.1),
            };
            relationshipsInMatch.Add((rel.Slot, false));
        }

        bound.Add(relationshipName);
        bound.Add(toName);
        return ApplyReadyPredicates(plan, predicates, bound, scope);
    }

    private double EstimateFanOut(TokenReference[] types)
    {
        var nodes = Math.Max(1, graph.NodeCount);
        if (types.Length == 0)
        {
            return (double)graph.RelationshipCount / nodes;
        }

        long count = 0;
        foreach (var type in types)
        {
            var id = graph.Tokens.Lookup(TokenKind.RelationshipType, type.Name);
            count += id < 0 ? 0 : graph.CountRelationships(-1, id, -1);
        }

        return (double)count / nodes;
    }

    /// <summary>Within one MATCH a relationship is used at most once: the new one must differ from all earlier ones.</summary>
    private static Operator UniquenessFilter(Operator plan, int slot, bool isList, List<(int Slot, bool IsList)> relationshipsInMatch)
    {
        var earlier = relationshipsInMatch.Where(r => r.Slot != slot).ToArray();
        if (earlier.Length == 0 && !isList)
        {
            return plan;
        }

        Evaluator distinct = (row, _) =>
        {
            var current = Ids(row[slot]);
            if (isList && current.Count != current.Distinct().Count())
            {
                return Value.False;
            }

            foreach (var (otherSlot, _) in earlier)
            {
                foreach (var id in Ids(row[otherSlot]))
                {
                    if (current.Contains(id))
                    {
                        return Value.False;
                    }
                }
            }

            return Value.True;
        };
        return new FilterOp(plan, distinct, "relationships are distinct") { EstimatedRows = plan.EstimatedRows };
    }

    private static List<long> Ids(Value value) => value.Kind switch
    {
        ValueKind.Relationship => [value.AsRelationshipId()],
        ValueKind.List => value.AsList().Items.ToArray().Where(v => v.Kind == ValueKind.Relationship).Select(v => v.AsRelationshipId()).ToList(),
        _ => [],
    };

    private static Direction DirectionOf(RelationshipDirection direction, bool reversed) => direction switch
    {
        RelationshipDirection.LeftToRight => reversed ? Direction.Incoming : Direction.Outgoing,
        RelationshipDirection.RightToLeft => reversed ? Direction.Outgoing : Direction.Incoming,
        _ => Direction.Both,
    };

    private static TokenReference[] Types(RelationshipPattern relationship) =>
        relationship.Types.Distinct(StringComparer.Ordinal).Select(t => new TokenReference(TokenKind.RelationshipType, t)).ToArray();

    private static Evaluator PathBuilder(DeclaredPart part, Scope scope)
    {
        var nodeSlots = part.Nodes.Select(n => scope.TryGet(n, out var v) ? v.Slot : -1).ToArray();
        var relationshipSlots = part.Relationships.Select(r => scope.TryGet(r, out var v) ? v.Slot : -1).ToArray();
        return (row, context) =>
        {
            if (row[nodeSlots[0]].IsNull)
            {
                return Value.Null;
            }

            var nodes = new List<Value> { row[nodeSlots[0]] };
            var relationships = new List<Value>();
            for (var i = 0; i < relationshipSlots.Length; i++)
            {
                var segment = row[relationshipSlots[i]];
                if (segment.Kind == ValueKind.Relationship)
                {
                    relationships.Add(segment);
                    nodes.Add(row[nodeSlots[i + 1]]);
                    continue;
                }

                if (segment.Kind != ValueKind.List)
                {
                    return Value.Null;
                }

                var current = nodes[^1].AsNodeId();
                foreach (var relationship in segment.AsList().Items)
                {
                    var (start, end) = EntityAccess.Endpoints(relationship, context);
                    current = start == current ? end : start;
                    relationships.Add(relationship);
                    nodes.Add(Value.Node(current));
                }
            }

            return Value.Path(new PathValue([.. nodes], [.. relationships]));
        };
    }

    private Operator PlanShortestPart(Operator plan, DeclaredPart part, List<PatternPredicate> predicates, HashSet<string> bound, Scope scope)
    {
        var chain = part.Part.Chain;
        if (chain.Steps.Count != 1)
        {
            throw CypherException.Syntax("InvalidArgumentType", "shortestPath needs a pattern with exactly one relationship.", part.Part.Start);
        }

        foreach (var node in part.Nodes)
        {
            if (!bound.Contains(node))
            {
                plan = PlanLeaf(plan, node, predicates, bound, scope);
            }
        }

        var relationship = chain.Steps[0].Relationship;
        var length = relationship.Length ?? new VariableLength(1, 1);
        scope.TryGet(part.Nodes[0], out var from);
        scope.TryGet(part.Nodes[1], out var to);
        scope.TryGet(part.Relationships[0], out var rel);
        var pathSlot = part.Part.PathVariable is { } pathName && scope.TryGet(pathName, out var path) ? path.Slot : -1;
        plan = new ShortestPathOp(plan, from!.Slot, to!.Slot, pathSlot, rel!.Slot, Types(relationship), DirectionOf(relationship.Direction, false),
            length.Min ?? 1, length.Max, part.Part.Shortest == ShortestPathKind.AllShortest, part.Part.PathVariable ?? "path") { EstimatedRows = plan.EstimatedRows };
        bound.Add(part.Relationships[0]);
        if (part.Part.PathVariable is { } p)
        {
            bound.Add(p);
        }

        return ApplyReadyPredicates(plan, predicates, bound, scope);
    }

    private Evaluator CompilePatternPredicate(PatternPredicateExpr predicate, Scope scope)
    {
        var inner = scope.Copy();
        var plan = PlanPatternMatch(new ArgumentOp(), new Pattern([new PatternPart(null, predicate.Pattern, ShortestPathKind.None)]), null, inner, allowNewVariables: false);
        return (row, context) =>
        {
            foreach (var _ in RunSubplan(plan, row, context))
            {
                return Value.True;
            }

            return Value.False;
        };
    }

    private Evaluator CompilePatternComprehension(PatternComprehensionExpr comprehension, Scope scope)
    {
        var inner = scope.Copy();
        var plan = PlanPatternMatch(new ArgumentOp(), new Pattern([new PatternPart(comprehension.PathVariable, comprehension.Pattern, ShortestPathKind.None)]), comprehension.Where, inner, allowNewVariables: true);
        var projection = Compile(comprehension.Projection, inner);
        return (row, context) =>
        {
            var items = new List<Value>();
            foreach (var match in RunSubplan(plan, row, context))
            {
                items.Add(projection(match, context));
            }

            return Value.List(new ListValue(items));
        };
    }

    private Evaluator CompileExists(ExistsSubqueryExpr exists, Scope scope)
    {
        var inner = scope.Copy();
        Operator plan;
        if (exists.Query is { } query)
        {
            if (query is not SingleQuery single || single.Clauses.Any(IsUpdating))
            {
                throw CypherException.Syntax("InvalidClauseComposition", "An EXISTS subquery cannot contain updating clauses or UNION.", exists.Start);
            }

            var wrote = _writes;
            (plan, _, _) = PlanClauses(single.Clauses, new ArgumentOp(), inner, topLevel: false);
            _writes = wrote;
        }
        else
        {
            plan = PlanPatternMatch(new ArgumentOp(), exists.Pattern!, exists.Where, inner, allowNewVariables: true);
        }

        return (row, context) =>
        {
            foreach (var _ in RunSubplan(plan, row, context))
            {
                return Value.True;
            }

            return Value.False;
        };
    }

    private Evaluator CompileShortestPathExpression(ShortestPathExpr shortest, Scope scope)
    {
        var inner = scope.Copy();
        var part = shortest.Part;
        if (part.PathVariable is null)
        {
            part = part with { PathVariable = AnonymousName("path") };
        }

        var plan = PlanPatternMatch(new ArgumentOp(), new Pattern([part]), null, inner, allowNewVariables: true);
        var slot = inner.TryGet(part.PathVariable!, out var path) ? path.Slot : throw new InvalidOperationException();
        var all = part.Shortest == ShortestPathKind.AllShortest;
        return (row, context) =>
        {
            var paths = new List<Value>();
            foreach (var match in RunSubplan(plan, row, context))
            {
                if (!all)
                {
                    return match[slot];
                }

                paths.Add(match[slot]);
            }

            return all ? Value.List(new ListValue(paths)) : Value.Null;
        };
    }
}
