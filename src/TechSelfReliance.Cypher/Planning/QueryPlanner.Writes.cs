using TechSelfReliance.Cypher.Errors;
using TechSelfReliance.Cypher.Runtime;
using TechSelfReliance.Cypher.Runtime.Operators;
using TechSelfReliance.Cypher.Runtime.Writes;
using TechSelfReliance.Cypher.Syntax.Ast;
using TechSelfReliance.Graph.Schema;

namespace TechSelfReliance.Cypher.Planning;

internal sealed partial class QueryPlanner
{
    private Operator BeforeWrite(Operator plan)
    {
        _writes = true;
        return plan is ArgumentOp ? plan : new EagerOp(plan) { EstimatedRows = plan.EstimatedRows };
    }

    private Operator PlanCreate(Operator plan, CreateClause create, Scope scope)
    {
        plan = BeforeWrite(plan);
        var pattern = BuildCreatePattern(create.Pattern.Parts, scope, merge: false);
        return new EagerOp(new CreateOp(plan, pattern) { EstimatedRows = plan.EstimatedRows }) { EstimatedRows = plan.EstimatedRows };
    }

    private CreatePattern BuildCreatePattern(IReadOnlyList<PatternPart> parts, Scope scope, bool merge)
    {
        var nodes = new List<NodeToCreate>();
        var relationships = new List<RelationshipToCreate>();
        var paths = new List<PathToBuild>();
        var createdHere = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            if (part.Shortest != ShortestPathKind.None)
            {
                throw CypherException.Syntax("UnexpectedSyntax", "shortestPath cannot be created.", part.Start);
            }

            var nodeSlots = new List<int>();
            var relationshipSlots = new List<int>();
            var nodePatterns = new[] { part.Chain.First }.Concat(part.Chain.Steps.Select(s => s.Node)).ToList();
            if (!merge && part.Chain.Steps.Count == 0 && part.Chain.First.Variable is { } lone && scope.Contains(lone))
            {
                throw CypherException.Syntax("VariableAlreadyBound", $"Variable `{lone}` already declared; CREATE cannot create it again.", part.Chain.First.Start);
            }
            for (var i = 0; i < nodePatterns.Count; i++)
            {
                nodeSlots.Add(CreateNodeSlot(nodePatterns[i], scope, createdHere, nodes, merge));
                if (i == 0)
                {
                    continue;
                }

                var relationship = part.Chain.Steps[i - 1].Relationship;
                CheckCreatableRelationship(relationship, scope, merge);
                var slot = relationship.Variable is { } name && scope.TryGet(name, out var existing) && merge ? existing.Slot
                    : Declare(scope, relationship.Variable ?? AnonymousName("rel"), VariableKind.Relationship).Slot;
                var (start, end) = relationship.Direction == RelationshipDirection.RightToLeft ? (nodeSlots[i], nodeSlots[i - 1]) : (nodeSlots[i - 1], nodeSlots[i]);
                relationships.Add(new RelationshipToCreate(slot, start, end, new TokenReference(TokenKind.RelationshipType, relationship.Types[0]), CompileProperties(relationship.Properties, scope, merge)));
                relationshipSlots.Add(slot);
            }

            if (part.PathVariable is { } path)
            {
                var pathSlot = merge && scope.TryGet(path, out var existingPath) ? existingPath.Slot
                    : scope.Contains(path) ? throw CypherException.Syntax("VariableAlreadyBound", $"Variable `{path}` already declared.", part.Start)
                    : Declare(scope, path, VariableKind.Path).Slot;
                paths.Add(new PathToBuild(pathSlot, [.. nodeSlots], [.. relationshipSlots]));
            }
        }

        return new CreatePattern([.. nodes], [.. relationships], [.. paths]);
    }

    private int CreateNodeSlot(NodePattern node, Scope scope, HashSet<string> createdHere, List<NodeToCreate> nodes, bool merge)
    {
        var labels = node.Labels.Select(l => new TokenReference(TokenKind.Label, l)).ToArray();
        if (node.Variable is { } name && scope.TryGet(name, out var existing))
        {
            var createHere = merge && _mergeDeclared.Contains(name) && !createdHere.Contains(name);
            if (createHere)
            {
                createdHere.Add(name);
                nodes.Add(new NodeToCreate(existing.Slot, AlreadyBound: false, labels, CompileProperties(node.Properties, scope, merge)));
                return existing.Slot;
            }

            if (node.Labels.Count > 0 || node.Properties is not null)
            {
                throw CypherException.Syntax("VariableAlreadyBound", $"Variable `{name}` already declared; it cannot be given labels or properties again.", node.Start);
            }

            if (existing.Kind is not (VariableKind.Node or VariableKind.Any))
            {
                throw CypherException.Syntax("VariableTypeConflict", $"Variable `{name}` is not a node.", node.Start);
            }

            if (nodes.All(n => n.Slot != existing.Slot))
            {
                nodes.Add(new NodeToCreate(existing.Slot, AlreadyBound: true, [], null));
            }

            return existing.Slot;
        }

        var variable = Declare(scope, node.Variable ?? AnonymousName("node"), VariableKind.Node);
        createdHere.Add(variable.Name);
        nodes.Add(new NodeToCreate(variable.Slot, AlreadyBound: false, labels, CompileProperties(node.Properties, scope, merge)));
        return variable.Slot;
    }

    private HashSet<string> _mergeDeclared = new(StringComparer.Ordinal);

    private static void CheckCreatableRelationship(RelationshipPattern relationship, Scope scope, bool merge)
    {
        if (!merge && relationship.Variable is { } bound && scope.Contains(bound))
        {
            throw CypherException.Syntax("VariableAlreadyBound", $"Variable `{bound}` already declared.", relationship.Start);
        }

        if (relationship.Types.Count != 1)
        {
            throw CypherException.Syntax("NoSingleRelationshipType", "A relationship to create must have exactly one type.", relationship.Start);
        }

        if (relationship.Length is not null)
        {
            throw CypherException.Syntax("CreatingVarLength", "Variable-length relationships cannot be created.", relationship.Start);
        }

        if (!merge && relationship.Direction == RelationshipDirection.Either)
        {
            throw CypherException.Syntax("RequiresDirectedRelationship", "Only directed relationships can be created.", relationship.Start);
        }

        if (!merge && relationship.Variable is { } name && scope.Contains(name))
        {
            throw CypherException.Syntax("VariableAlreadyBound", $"Variable `{name}` already declared.", relationship.Start);
        }
    }

    private Evaluator? CompileProperties(Expr? properties, Scope scope, bool merge)
    {
        switch (properties)
        {
            case null:
                return null;
            case ParameterExpr when merge:
                throw CypherException.Syntax("InvalidParameterUse", "Parameter maps cannot be used in MERGE patterns; use a map literal instead.", properties.Start);
            case MapExpr or ParameterExpr:
                CheckNoAggregate(properties, "a pattern");
                return Compile(properties, scope);
            default:
                throw CypherException.Syntax("InvalidArgumentType", "Pattern properties must be a map or a parameter.", properties.Start);
        }
    }

    private Operator PlanMerge(Operator plan, MergeClause merge, Scope scope)
    {
        plan = BeforeWrite(plan);
        var part = merge.Part;
        var nodePatterns = new[] { part.Chain.First }.Concat(part.Chain.Steps.Select(s => s.Node)).ToList();
        if (part.Chain.Steps.Count == 0 && part.Chain.First.Variable is { } lone && scope.Contains(lone))
        {
            throw CypherException.Syntax("VariableAlreadyBound", $"Variable `{lone}` already declared; MERGE cannot merge it again.", part.Chain.First.Start);
        }

        foreach (var step in part.Chain.Steps)
        {
            if (step.Relationship.Variable is { } boundRelationship && scope.Contains(boundRelationship))
            {
                throw CypherException.Syntax("VariableAlreadyBound", $"Variable `{boundRelationship}` already declared.", step.Relationship.Start);
            }
        }

        foreach (var node in nodePatterns)
        {
            if (node.Variable is { } name && scope.Contains(name) && (node.Labels.Count > 0 || node.Properties is not null))
            {
                throw CypherException.Syntax("VariableAlreadyBound", $"Variable `{name}` already declared; MERGE cannot give it labels or properties.", node.Start);
            }

            if (node.Properties is ParameterExpr)
            {
                throw CypherException.Syntax("InvalidParameterUse", "Parameter maps cannot be used in MERGE patterns; use a map literal instead.", node.Properties.Start);
            }
        }

        foreach (var step in part.Chain.Steps)
        {
            CheckCreatableRelationship(step.Relationship, scope, merge: true);
            if (step.Relationship.Variable is { } name && scope.Contains(name))
            {
                throw CypherException.Syntax("VariableAlreadyBound", $"Variable `{name}` already declared.", step.Relationship.Start);
            }

            if (step.Relationship.Properties is ParameterExpr)
            {
                throw CypherException.Syntax("InvalidParameterUse", "Parameter maps cannot be used in MERGE patterns; use a map literal instead.", step.Relationship.Properties.Start);
            }
        }

        if (part.PathVariable is { } pathName && scope.Contains(pathName))
        {
            throw CypherException.Syntax("VariableAlreadyBound", $"Variable `{pathName}` already declared.", part.Start);
        }

        var before = scope.Variables.Select(v => v.Name).ToHashSet(StringComparer.Ordinal);
        var matchPlan = PlanPatternMatch(new ArgumentOp(), new Pattern([part]), null, scope, allowNewVariables: true);
        var previous = _mergeDeclared;
        _mergeDeclared = scope.Variables.Where(v => !before.Contains(v.Name)).Select(v => v.Name).ToHashSet(StringComparer.Ordinal);
        var anonymousNodes = AnonymousMergeNodes(part, scope, before);
        var create = BuildCreatePattern([WithNamedNodes(part, anonymousNodes)], scope, merge: true);
        _mergeDeclared = previous;
        var onMatch = merge.OnMatch.Select(i => CompileSetItem(i, scope)).ToArray();
        var onCreate = merge.OnCreate.Select(i => CompileSetItem(i, scope)).ToArray();
        var propertyMaps = create.Nodes.Where(n => !n.AlreadyBound).Select(n => n.Properties).Concat(create.Relationships.Select(r => r.Properties)).OfType<Evaluator>().ToArray();
        return new EagerOp(new MergeOp(plan, matchPlan, create, onMatch, onCreate, propertyMaps) { EstimatedRows = plan.EstimatedRows }) { EstimatedRows = plan.EstimatedRows };
    }

    /// <summary>The invisible names the match half gave anonymous nodes, so the create half writes to the same slots.</summary>
    private static List<string?> AnonymousMergeNodes(PatternPart part, Scope scope, HashSet<string> before)
    {
        var introduced = scope.Variables.Where(v => !before.Contains(v.Name) && v.IsAnonymous && v.Kind == VariableKind.Node).Select(v => v.Name).ToList();
        var nodePatterns = new[] { part.Chain.First }.Concat(part.Chain.Steps.Select(s => s.Node)).ToList();
        var names = new List<string?>();
        var next = 0;
        foreach (var node in nodePatterns)
        {
            names.Add(node.Variable ?? (next < introduced.Count ? introduced[next++] : null));
        }

        return names;
    }

    private static PatternPart WithNamedNodes(PatternPart part, List<string?> names)
    {
        var first = part.Chain.First with { Variable = names[0] };
        var steps = part.Chain.Steps.Select((s, i) => s with { Node = s.Node with { Variable = names[i + 1] } }).ToList();
        var relationshipNames = part.Chain.Steps.Select(s => s.Relationship.Variable).ToList();
        _ = relationshipNames;
        return part with { Chain = part.Chain with { First = first, Steps = steps } };
    }

    private Operator PlanSet(Operator plan, SetClause set, Scope scope)
    {
        plan = BeforeWrite(plan);
        var actions = set.Items.Select(i => CompileSetItem(i, scope)).ToArray();
        return new EagerOp(new SetOp(plan, actions, "SetProperties") { EstimatedRows = plan.EstimatedRows }) { EstimatedRows = plan.EstimatedRows };
    }

    private SetAction CompileSetItem(SetItem item, Scope scope)
    {
        switch (item)
        {
            case SetPropertyItem property:
                CheckNoAggregate(property.Value, "SET");
                if (property.Value is PatternPredicateExpr)
                {
                    throw CypherException.Syntax("UnexpectedSyntax", "A pattern expression cannot be stored; use exists() to test it.", property.Value.Start);
                }

                return new SetPropertyAction(Compile(property.Target, scope), new TokenReference(TokenKind.PropertyKey, property.Key), Compile(property.Value, scope));
            case SetVariableItem variable:
                CheckNoAggregate(variable.Value, "SET");
                var target = Resolve(scope, variable.Variable, variable.Start).Slot;
                return new SetAllPropertiesAction((row, _) => row[target], Compile(variable.Value, scope), variable.Merge);
            case SetLabelsItem labels:
                var node = Resolve(scope, labels.Variable, labels.Start).Slot;
                return new SetLabelsAction((row, _) => row[node], labels.Labels.Select(l => new TokenReference(TokenKind.Label, l)).ToArray());
            default:
                throw new InvalidOperationException($"Unknown SET item {item.GetType().Name}.");
        }
    }

    private Operator PlanRemove(Operator plan, RemoveClause remove, Scope scope)
    {
        plan = BeforeWrite(plan);
        var actions = remove.Items.Select<RemoveItem, SetAction>(item => item switch
        {
            RemovePropertyItem property => new RemovePropertyAction(Compile(property.Target, scope), new TokenReference(TokenKind.PropertyKey, property.Key)),
            RemoveLabelsItem labels => new RemoveLabelsAction(Compile(new VariableExpr(labels.Variable) { Start = labels.Start }, scope), labels.Labels.Select(l => new TokenReference(TokenKind.Label, l)).ToArray()),
            _ => throw new InvalidOperationException(),
        }).ToArray();
        return new EagerOp(new SetOp(plan, actions, "Remove") { EstimatedRows = plan.EstimatedRows }) { EstimatedRows = plan.EstimatedRows };
    }

    private Operator PlanDelete(Operator plan, DeleteClause delete, Scope scope)
    {
        plan = BeforeWrite(plan);
        var targets = delete.Targets.Select(target =>
        {
            if (target is HasLabelsExpr)
            {
                throw CypherException.Syntax("InvalidDelete", "DELETE cannot remove a label; use REMOVE n:Label.", target.Start);
            }

            if (target is LiteralExpr { Value.IsNull: false } or MapExpr or BinaryExpr { Operator: BinaryOperator.Add or BinaryOperator.Subtract or BinaryOperator.Multiply or BinaryOperator.Divide or BinaryOperator.Modulo or BinaryOperator.Power }
                || StaticTypes.IsCertainlyNot(StaticTypes.Infer(target, scope), StaticType.Node, StaticType.Relationship, StaticType.Path, StaticType.List))
            {
                throw CypherException.Syntax("InvalidArgumentType", "DELETE needs an expression giving a node, relationship or path.", target.Start);
            }

            CheckNoAggregate(target, "DELETE");
            return Compile(target, scope);
        }).ToArray();
        return new DeleteOp(plan, targets, delete.Detach) { EstimatedRows = plan.EstimatedRows };
    }

    private (Operator Plan, IReadOnlyList<string>? Columns) PlanCall(Operator plan, CallClause call, Scope scope, bool standalone)
    {
        if (!procedures.TryGet(call.Procedure, out var signature, out var body))
        {
            throw new CypherException(CypherErrorClass.ProcedureError, "ProcedureNotFound", $"There is no procedure with the name `{call.Procedure}` registered for this database instance.", compileTime: true, call.Start);
        }

        IReadOnlyList<Expr> arguments;
        if (call.Arguments is null)
        {
            if (!standalone)
            {
                throw CypherException.Syntax("InvalidArgumentPassingMode", $"Procedure call inside a query does not support passing arguments implicitly: {call.Procedure}.", call.Start);
            }

            arguments = signature.Inputs.Select(i => (Expr)new ParameterExpr(i.Name) { Start = call.Start }).ToList();
        }
        else
        {
            arguments = call.Arguments;
        }

        if (arguments.Count != signature.Inputs.Count)
        {
            throw CypherException.Syntax("InvalidNumberOfArguments", $"Procedure {signature.Name} takes {signature.Inputs.Count} argument(s), but got {arguments.Count}.", call.Start);
        }

        foreach (var argument in arguments)
        {
            CheckNoAggregate(argument, "a procedure call");
        }

        var evaluators = arguments.Select(a => Compile(a, scope)).ToArray();
        var yields = new List<(int Field, string Name)>();
        if (call.YieldAll || (call.Yield is null && standalone))
        {
            yields.AddRange(signature.Outputs.Select((o, i) => (i, o.Name)));
        }
        else if (call.Yield is not null)
        {
            foreach (var item in call.Yield)
            {
                var index = signature.Outputs.ToList().FindIndex(o => o.Name == item.Field);
                if (index < 0)
                {
                    throw CypherException.Syntax("UndefinedVariable", $"Unknown procedure output: `{item.Field}`.", item.Start);
                }

                yields.Add((index, item.Variable));
            }
        }
        else if (signature.Outputs.Count > 0)
        {
            throw CypherException.Syntax("UndefinedVariable", $"Procedure call inside a query must name its results with YIELD: {signature.Name}.", call.Start);
        }

        var outputs = new List<(int Field, int Slot)>();
        foreach (var (field, name) in yields)
        {
            if (scope.Contains(name))
            {
                throw CypherException.Syntax("VariableAlreadyBound", $"Variable `{name}` already declared.", call.Start);
            }

            outputs.Add((field, Declare(scope, name, VariableKind.Any).Slot));
        }

        plan = new ProcedureCallOp(plan, signature, body, evaluators, [.. outputs]) { EstimatedRows = plan.EstimatedRows * 10 };
        if (call.Where is { } where)
        {
            plan = new FilterOp(plan, Compile(where, scope), "YIELD ... WHERE") { EstimatedRows = plan.EstimatedRows * 0.3 };
        }

        return (plan, standalone ? yields.Select(y => y.Name).ToList() : null);
    }
}
