using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using TechSelfReliance.Cypher.Errors;
using TechSelfReliance.Cypher.Functions;
using TechSelfReliance.Cypher.Runtime;
using TechSelfReliance.Cypher.Runtime.Operators;
using TechSelfReliance.Cypher.Runtime.Values;
using TechSelfReliance.Cypher.Syntax.Ast;
using TechSelfReliance.Cypher.Temporal;
using TechSelfReliance.Graph.Schema;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Planning;

internal sealed partial class QueryPlanner
{
    private static readonly ConcurrentDictionary<string, Regex?> Regexes = new(StringComparer.Ordinal);

    /// <summary>Compiles an expression into a delegate over rows, resolving variables against the scope.</summary>
    private Evaluator Compile(Expr expression, Scope scope)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (expression)
        {
            case LiteralExpr literal:
                var constant = literal.Value;
                return (_, _) => constant;
            case ParameterExpr parameter:
                return CompileParameter(parameter.Name);
            case VariableExpr variable:
                var slot = Resolve(scope, variable.Name, variable.Start).Slot;
                return (row, _) => row[slot];
            case SlotExpr slotExpr:
                var fixedSlot = slotExpr.Slot;
                return (row, _) => row[fixedSlot];
            case PropertyExpr property:
                return CompileProperty(property, scope);
            case IndexExpr index:
                return CompileIndex(Compile(index.Target, scope), Compile(index.Index, scope));
            case SliceExpr slice:
                return CompileSlice(slice, scope);
            case ListExpr list:
                var items = list.Items.Select(i => Compile(i, scope)).ToArray();
                return (row, context) =>
                {
                    var values = new Value[items.Length];
                    for (var i = 0; i < items.Length; i++)
                    {
                        values[i] = items[i](row, context);
                    }

                    return Value.List(new ListValue(values));
                };
            case MapExpr map:
                var keys = map.Entries.Select(e => e.Key).ToArray();
                var values = map.Entries.Select(e => Compile(e.Value, scope)).ToArray();
                return (row, context) => Value.Map(new MapValue(keys.Select((k, i) => new KeyValuePair<string, Value>(k, values[i](row, context)))));
            case MapProjectionExpr projection:
                return CompileMapProjection(projection, scope);
            case UnaryExpr unary:
                return CompileUnary(unary, scope);
            case BinaryExpr binary:
                return CompileBinary(binary, scope);
            case IsNullExpr isNull:
                var operand = Compile(isNull.Operand, scope);
                var negated = isNull.Negated;
                return (row, context) => Value.Boolean(operand(row, context).IsNull != negated);
            case HasLabelsExpr hasLabels:
                return CompileHasLabels(hasLabels, scope);
            case FunctionCallExpr call:
                return CompileFunction(call, scope);
            case CountStarExpr:
                throw InvalidAggregation("count(*)", expression.Start);
            case CaseExpr caseExpr:
                return CompileCase(caseExpr, scope);
            case ListComprehensionExpr comprehension:
                return CompileListComprehension(comprehension, scope);
            case QuantifierExpr quantifier:
                return CompileQuantifier(quantifier, scope);
            case ReduceExpr reduce:
                return CompileReduce(reduce, scope);
            case PatternComprehensionExpr patternComprehension:
                return CompilePatternComprehension(patternComprehension, scope);
            case PatternPredicateExpr predicate:
                return CompilePatternPredicate(predicate, scope);
            case ExistsSubqueryExpr exists:
                return CompileExists(exists, scope);
            case ShortestPathExpr shortest:
                return CompileShortestPathExpression(shortest, scope);
            case PropertiesMatchExpr propertiesMatch:
                return CompilePropertiesMatch(propertiesMatch, scope);
            default:
                throw CypherException.Syntax("UnexpectedSyntax", $"Unsupported expression {expression.GetType().Name}.", expression.Start);
        }
    }

    /// <summary>A WHERE condition that is certainly not a boolean (WHERE (n), WHERE 1) is rejected before running.</summary>
    private static void CheckPredicateType(Expr predicate, Scope scope)
    {
        if (StaticTypes.IsCertainlyNot(StaticTypes.Infer(predicate, scope), StaticType.Boolean))
        {
            throw CypherException.Syntax("InvalidArgumentType", "Type mismatch: a condition must be a boolean.", predicate.Start);
        }
    }

    private static void CheckBooleanOperand(Expr operand, Scope scope, string op)
    {
        if (StaticTypes.IsCertainlyNot(StaticTypes.Infer(operand, scope), StaticType.Boolean))
        {
            throw CypherException.Syntax("InvalidArgumentType", $"Type mismatch: {op} needs boolean operands.", operand.Start);
        }
    }

    private static Variable Resolve(Scope scope, string name, int offset) =>
        scope.TryGet(name, out var variable)
            ? variable
            : throw CypherException.Syntax("UndefinedVariable", $"Variable `{name}` not defined.", offset);

    private Evaluator CompileParameter(string name)
    {
        _parameters.Add(name);
        return (_, context) => context.Parameters.TryGetValue(name, out var value)
            ? value
            : throw new CypherException(CypherErrorClass.ParameterMissing, "MissingParameter", $"Expected parameter(s): {name}", compileTime: true);
    }

    private Evaluator CompileProperty(PropertyExpr property, Scope scope)
    {
        var key = new TokenReference(TokenKind.PropertyKey, property.Key);
        var targetType = StaticTypes.Infer(property.Target, scope);
        if (targetType is StaticType.Path)
        {
            throw CypherException.Syntax("InvalidArgumentType", $"Type mismatch: cannot read property '{property.Key}' from a path.", property.Start);
        }

        if (targetType is StaticType.List or StaticType.Boolean or StaticType.String or StaticType.Integer or StaticType.Float)
        {
            throw new CypherException(CypherErrorClass.TypeError, "InvalidArgumentType", $"Type mismatch: cannot read property '{property.Key}' from a {targetType}.", compileTime: true, property.Start);
        }

        if (property.Target is VariableExpr v && scope.TryGet(v.Name, out var variable) && variable.Kind == VariableKind.Node)
        {
            var nodeSlot = variable.Slot;
            return (row, context) =>
            {
                var node = row[nodeSlot];
                return node.Kind == ValueKind.Node ? EntityAccess.NodeProperty(node, key, context) : PropertyOf(node, key, context);
            };
        }

        var target = Compile(property.Target, scope);
        return (row, context) => PropertyOf(target(row, context), key, context);
    }

    private static Value PropertyOf(Value target, TokenReference key, QueryContext context) => target.Kind switch
    {
        ValueKind.Null => Value.Null,
        ValueKind.Node => EntityAccess.NodeProperty(target, key, context),
        ValueKind.Relationship => EntityAccess.RelationshipProperty(target, key, context),
        ValueKind.Map => target.AsMap()[key.Name],
        ValueKind.Date or ValueKind.LocalTime or ValueKind.Time or ValueKind.LocalDateTime or ValueKind.DateTime or ValueKind.Duration or ValueKind.Point
            => TemporalAccessors.Get(target, key.Name),
        _ => throw CypherException.Type("InvalidArgumentType", $"Type mismatch: expected a map, node or relationship to read '{key.Name}' from, but was {CypherTypeNames.Of(target)}."),
    };

    private static Evaluator CompileIndex(Evaluator target, Evaluator index) => (row, context) =>
    {
        var container = target(row, context);
        var position = index(row, context);
        if (container.IsNull || position.IsNull)
        {
            return Value.Null;
        }

        switch (container.Kind)
        {
            case ValueKind.List:
                if (position.Kind != ValueKind.Integer)
                {
                    throw CypherException.Type("ListElementAccessByNonInteger", $"A list can only be indexed by an integer, not {CypherTypeNames.Of(position)}.");
                }

                var list = container.AsList();
                var i = position.AsInteger();
                if (i < 0)
                {
                    i += list.Count;
                }

                return i >= 0 && i < list.Count ? list[(int)i] : Value.Null;
            case ValueKind.Map:
                return position.Kind == ValueKind.String
                    ? container.AsMap()[position.AsString()]
                    : throw CypherException.Type("MapElementAccessByNonString", $"A map can only be indexed by a string, not {CypherTypeNames.Of(position)}.");
            case ValueKind.Node or ValueKind.Relationship:
                if (position.Kind != ValueKind.String)
                {
                    throw CypherException.Type("MapElementAccessByNonString", $"Properties can only be read by a string key, not {CypherTypeNames.Of(position)}.");
                }

                return PropertyOf(container, new TokenReference(TokenKind.PropertyKey, position.AsString()), context);
            default:
                throw CypherException.Type("InvalidArgumentType", $"Type mismatch: cannot index into {CypherTypeNames.Of(container)}.");
        }
    };

    private Evaluator CompileSlice(SliceExpr slice, Scope scope)
    {
        var target = Compile(slice.Target, scope);
        var from = slice.From is null ? null : Compile(slice.From, scope);
        var to = slice.To is null ? null : Compile(slice.To, scope);
        return (row, context) =>
        {
            var container = target(row, context);
            var start = from?.Invoke(row, context);
            var end = to?.Invoke(row, context);
            if (container.IsNull || start is { IsNull: true } || end is { IsNull: true })
            {
                return Value.Null;
            }

            if (container.Kind != ValueKind.List)
            {
                throw CypherException.Type("InvalidArgumentType", $"Type mismatch: cannot slice {CypherTypeNames.Of(container)}.");
            }

            var list = container.AsList();
            long Bound(Value? bound, long fallback)
            {
                if (bound is null)
                {
                    return fallback;
                }

                var value = bound.Value.Kind == ValueKind.Integer ? bound.Value.AsInteger() : throw CypherException.Type("InvalidArgumentType", "Slice bounds must be integers.");
                return value < 0 ? Math.Max(0, list.Count + value) : Math.Min(value, list.Count);
            }

            var first = Bound(start, 0);
            var last = Bound(end, list.Count);
            return last <= first ? Value.List(ListValue.Empty) : Value.List(new ListValue(list.Items[(int)first..(int)last].ToArray()));
        };
    }

    private Evaluator CompileMapProjection(MapProjectionExpr projection, Scope scope)
    {
        var entity = Resolve(scope, projection.Variable, projection.Start).Slot;
        var parts = projection.Items.Select<MapProjectionItem, Func<Value, Value[], QueryContext, IEnumerable<KeyValuePair<string, Value>>>>(item => item switch
        {
            PropertySelector selector => CompileSelector(selector.Key),
            LiteralEntry entry => CompileLiteralEntry(entry.Key, Compile(entry.Value, scope)),
            VariableSelector variable => CompileVariableSelector(variable.Name, Resolve(scope, variable.Name, projection.Start).Slot),
            _ => (source, _, context) => source.Kind == ValueKind.Map ? source.AsMap().Entries : EntityAccess.Properties(source, context).Entries,
        }).ToArray();
        return (row, context) =>
        {
            var source = row[entity];
            if (source.IsNull)
            {
                return Value.Null;
            }

            if (source.Kind is not (ValueKind.Node or ValueKind.Relationship or ValueKind.Map))
            {
                throw CypherException.Type("InvalidArgumentType", $"Map projection needs a node, relationship or map, not {CypherTypeNames.Of(source)}.");
            }

            return Value.Map(new MapValue(parts.SelectMany(p => p(source, row, context)).ToList()));
        };
    }

    private static Func<Value, Value[], QueryContext, IEnumerable<KeyValuePair<string, Value>>> CompileSelector(string key)
    {
        var token = new TokenReference(TokenKind.PropertyKey, key);
        return (source, _, context) => [new(key, PropertyOf(source, token, context))];
    }

    private static Func<Value, Value[], QueryContext, IEnumerable<KeyValuePair<string, Value>>> CompileLiteralEntry(string key, Evaluator value) =>
        (_, row, context) => [new(key, value(row, context))];

    private static Func<Value, Value[], QueryContext, IEnumerable<KeyValuePair<string, Value>>> CompileVariableSelector(string name, int slot) =>
        (_, row, _) => [new(name, row[slot])];

    private Evaluator CompileUnary(UnaryExpr unary, Scope scope)
    {
        if (unary.Operator == UnaryOperator.Not)
        {
            CheckBooleanOperand(unary.Operand, scope, "NOT");
        }

        var operand = Compile(unary.Operand, scope);
        return unary.Operator switch
        {
            UnaryOperator.Not => (row, context) =>
            {
                var value = operand(row, context);
                return value.IsNull ? Value.Null : Value.Boolean(!RequireBoolean(value, "NOT"));
            },
            UnaryOperator.Negate => (row, context) => Arithmetic.Negate(operand(row, context)),
            _ => (row, context) => Arithmetic.UnaryPlus(operand(row, context)),
        };
    }

    private static bool RequireBoolean(Value value, string op) => value.Kind == ValueKind.Boolean
        ? value.AsBoolean()
        : throw CypherException.Type("InvalidArgumentType", $"Type mismatch: {op} needs a boolean, but got {CypherTypeNames.Of(value)} ({value}).");

    private Evaluator CompileBinary(BinaryExpr binary, Scope scope)
    {
        if (binary.Operator is BinaryOperator.And or BinaryOperator.Or or BinaryOperator.Xor)
        {
            CheckBooleanOperand(binary.Left, scope, binary.Operator.ToString().ToUpperInvariant());
            CheckBooleanOperand(binary.Right, scope, binary.Operator.ToString().ToUpperInvariant());
        }

        if (binary.Operator is BinaryOperator.Subtract or BinaryOperator.Multiply or BinaryOperator.Divide or BinaryOperator.Modulo or BinaryOperator.Power)
        {
            var leftType = StaticTypes.Infer(binary.Left, scope);
            var rightType = StaticTypes.Infer(binary.Right, scope);
            if ((leftType is StaticType.Boolean or StaticType.String && rightType is StaticType.Integer or StaticType.Float)
                || (rightType is StaticType.Boolean or StaticType.String && leftType is StaticType.Integer or StaticType.Float))
            {
                throw CypherException.Syntax("InvalidArgumentType", $"Type mismatch: cannot apply {binary.Operator} to these operands.", binary.Start);
            }
        }

        var left = Compile(binary.Left, scope);
        var right = Compile(binary.Right, scope);
        switch (binary.Operator)
        {
            case BinaryOperator.And:
                return (row, context) =>
                {
                    var a = left(row, context);
                    if (!a.IsNull && !RequireBoolean(a, "AND"))
                    {
                        return Value.False;
                    }

                    var b = right(row, context);
                    if (!b.IsNull && !RequireBoolean(b, "AND"))
                    {
                        return Value.False;
                    }

                    return a.IsNull || b.IsNull ? Value.Null : Value.True;
                };
            case BinaryOperator.Or:
                return (row, context) =>
                {
                    var a = left(row, context);
                    if (!a.IsNull && RequireBoolean(a, "OR"))
                    {
                        return Value.True;
                    }

                    var b = right(row, context);
                    if (!b.IsNull && RequireBoolean(b, "OR"))
                    {
                        return Value.True;
                    }

                    return a.IsNull || b.IsNull ? Value.Null : Value.False;
                };
            case BinaryOperator.Xor:
                return (row, context) =>
                {
                    var a = left(row, context);
                    var b = right(row, context);
                    if (!a.IsNull)
                    {
                        RequireBoolean(a, "XOR");
                    }

                    if (!b.IsNull)
                    {
                        RequireBoolean(b, "XOR");
                    }

                    return a.IsNull || b.IsNull ? Value.Null : Value.Boolean(a.AsBoolean() != b.AsBoolean());
                };
            case BinaryOperator.Equal:
                return (row, context) => Ternary(CypherComparison.Equal(left(row, context), right(row, context)));
            case BinaryOperator.NotEqual:
                return (row, context) => Ternary(!CypherComparison.Equal(left(row, context), right(row, context)));
            case BinaryOperator.LessThan:
                return (row, context) => Compare(left(row, context), right(row, context), c => c < 0);
            case BinaryOperator.GreaterThan:
                return (row, context) => Compare(left(row, context), right(row, context), c => c > 0);
            case BinaryOperator.LessOrEqual:
                return (row, context) => Compare(left(row, context), right(row, context), c => c <= 0);
            case BinaryOperator.GreaterOrEqual:
                return (row, context) => Compare(left(row, context), right(row, context), c => c >= 0);
            case BinaryOperator.StartsWith:
                return (row, context) => StringPredicate(left(row, context), right(row, context), (a, b) => a.StartsWith(b, StringComparison.Ordinal));
            case BinaryOperator.EndsWith:
                return (row, context) => StringPredicate(left(row, context), right(row, context), (a, b) => a.EndsWith(b, StringComparison.Ordinal));
            case BinaryOperator.Contains:
                return (row, context) => StringPredicate(left(row, context), right(row, context), (a, b) => a.Contains(b, StringComparison.Ordinal));
            case BinaryOperator.RegexMatch:
                return (row, context) => StringPredicate(left(row, context), right(row, context), RegexMatches);
            case BinaryOperator.In:
                return (row, context) => In(left(row, context), right(row, context));
            case BinaryOperator.Add:
                return (row, context) => Arithmetic.Add(left(row, context), right(row, context));
            case BinaryOperator.Subtract:
                return (row, context) => Arithmetic.Subtract(left(row, context), right(row, context));
            case BinaryOperator.Multiply:
                return (row, context) => Arithmetic.Multiply(left(row, context), right(row, context));
            case BinaryOperator.Divide:
                return (row, context) => Arithmetic.Divide(left(row, context), right(row, context));
            case BinaryOperator.Modulo:
                return (row, context) => Arithmetic.Modulo(left(row, context), right(row, context));
            case BinaryOperator.Power:
                return (row, context) => Arithmetic.Power(left(row, context), right(row, context));
            default:
                throw new InvalidOperationException($"Unknown operator {binary.Operator}.");
        }
    }

    private static Value Ternary(bool? value) => value is { } b ? Value.Boolean(b) : Value.Null;

    private static Value Compare(Value a, Value b, Func<int, bool> test)
    {
        if (a.IsNumber && b.IsNumber && (CypherComparison.IsNaN(a) || CypherComparison.IsNaN(b)))
        {
            return Value.False;
        }

        return CypherComparison.Compare(a, b) is { } c ? Value.Boolean(test(c)) : Value.Null;
    }

    private static Value StringPredicate(Value a, Value b, Func<string, string, bool> test) =>
        a.Kind == ValueKind.String && b.Kind == ValueKind.String ? Value.Boolean(test(a.AsString(), b.AsString())) : Value.Null;

    private static bool RegexMatches(string text, string pattern)
    {
        var regex = Regexes.GetOrAdd(pattern, p =>
        {
            try
            {
                return new Regex("^(?:" + p + ")$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2));
            }
            catch (ArgumentException)
            {
                return null;
            }
        });
        return regex is null
            ? throw CypherException.Argument("InvalidArgumentValue", $"Invalid regular expression: {pattern}")
            : regex.IsMatch(text);
    }

    private static Value In(Value item, Value list)
    {
        if (list.IsNull)
        {
            return Value.Null;
        }

        if (list.Kind != ValueKind.List)
        {
            throw CypherException.Type("InvalidArgumentType", $"Type mismatch: IN needs a list on its right, but got {CypherTypeNames.Of(list)}.");
        }

        var unknown = false;
        foreach (var element in list.AsList().Items)
        {
            switch (CypherComparison.Equal(item, element))
            {
                case true:
                    return Value.True;
                case null:
                    unknown = true;
                    break;
            }
        }

        return unknown ? Value.Null : Value.False;
    }

    private Evaluator CompileHasLabels(HasLabelsExpr hasLabels, Scope scope)
    {
        var target = Compile(hasLabels.Target, scope);
        var labels = hasLabels.Labels.Select(l => new TokenReference(TokenKind.Label, l)).ToArray();
        return (row, context) =>
        {
            var node = target(row, context);
            if (node.IsNull)
            {
                return Value.Null;
            }

            if (node.Kind == ValueKind.Relationship)
            {
                var type = EntityAccess.Type(node, context);
                return Value.Boolean(labels.All(l => l.Name == type));
            }

            if (node.Kind != ValueKind.Node)
            {
                throw CypherException.Type("InvalidArgumentType", $"Type mismatch: labels can only be checked on nodes, not {CypherTypeNames.Of(node)}.");
            }

            if (node.NodeContent is { } content)
            {
                return Value.Boolean(labels.All(l => content.Labels.Contains(l.Name)));
            }

            foreach (var label in labels)
            {
                var id = label.Resolve(context.Graph);
                if (id < 0 || !context.Graph.HasLabel(node.AsNodeId(), id))
                {
                    return Value.False;
                }
            }

            return Value.True;
        };
    }

    private Evaluator CompileFunction(FunctionCallExpr call, Scope scope)
    {
        var name = call.Name;
        if (FunctionRegistry.IsAggregate(name))
        {
            throw InvalidAggregation(name, call.Start);
        }

        if (string.Equals(name, "exists", StringComparison.OrdinalIgnoreCase) && call.Arguments.Count == 1)
        {
            var argument = call.Arguments[0];
            if (argument is not (PropertyExpr or PatternPredicateExpr or IndexExpr))
            {
                throw CypherException.Syntax("InvalidArgumentType", "exists() needs a property or a pattern as its argument.", argument.Start);
            }

            var inner = Compile(argument, scope);
            return argument is PatternPredicateExpr ? inner : (row, context) => Value.Boolean(!inner(row, context).IsNull);
        }

        if (!FunctionRegistry.TryGet(name, out var definition))
        {
            throw CypherException.Syntax("UnknownFunction", $"Unknown function '{name}'.", call.Start);
        }

        if (call.Arguments.Count < definition.MinArguments || call.Arguments.Count > definition.MaxArguments)
        {
            throw CypherException.Syntax("InvalidNumberOfArguments", $"Function {name}() takes {Describe(definition)} argument(s), but got {call.Arguments.Count}.", call.Start);
        }

        if (call.Distinct)
        {
            throw CypherException.Syntax("InvalidArgumentType", $"DISTINCT is only allowed in aggregating functions, not {name}().", call.Start);
        }

        CheckLiteralArguments(name, call);
        CheckArgumentKinds(name, call, scope);
        var arguments = call.Arguments.Select(a => Compile(a, scope)).ToArray();
        var invoke = definition.Invoke;
        return (row, context) =>
        {
            var values = new Value[arguments.Length];
            for (var i = 0; i < arguments.Length; i++)
            {
                values[i] = arguments[i](row, context);
            }

            return invoke(values, context);
        };
    }

    private static string Describe(FunctionDefinition definition) =>
        definition.MinArguments == definition.MaxArguments ? definition.MinArguments.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : definition.MaxArguments == int.MaxValue ? $"at least {definition.MinArguments}"
        : $"{definition.MinArguments} to {definition.MaxArguments}";

    /// <summary>Arguments whose type is wrong in the text itself are reported before the query runs, as Neo4j does.</summary>
    private static void CheckLiteralArguments(string name, FunctionCallExpr call)
    {
        static bool IsLiteralOf(Expr e, params ValueKind[] kinds) =>
            (e is LiteralExpr l && kinds.Contains(l.Value.Kind)) || (e is ListExpr && kinds.Contains(ValueKind.List)) || (e is MapExpr && kinds.Contains(ValueKind.Map));

        var lower = name.ToLowerInvariant();
        var first = call.Arguments.Count > 0 ? call.Arguments[0] : null;
        if (first is null)
        {
            return;
        }

        var wrong = lower switch
        {
            "tointeger" or "tofloat" => IsLiteralOf(first, ValueKind.List, ValueKind.Map),
            "toboolean" => IsLiteralOf(first, ValueKind.List, ValueKind.Map, ValueKind.Float),
            "tostring" => IsLiteralOf(first, ValueKind.List, ValueKind.Map),
            "size" or "head" or "last" or "tail" => IsLiteralOf(first, ValueKind.Integer, ValueKind.Float, ValueKind.Boolean, ValueKind.Map),
            "labels" or "type" or "keys" or "properties" or "length" or "nodes" or "relationships" or "startnode" or "endnode"
                => IsLiteralOf(first, ValueKind.Integer, ValueKind.Float, ValueKind.Boolean, ValueKind.String) || (lower is "labels" or "type" or "length" or "nodes" or "relationships" && IsLiteralOf(first, ValueKind.List, ValueKind.Map)),
            _ => false,
        };
        if (wrong)
        {
            throw CypherException.Syntax("InvalidArgumentType", $"Type mismatch: {name}() does not accept this argument.", first.Start);
        }
    }

    private static void CheckArgumentKinds(string name, FunctionCallExpr call, Scope scope)
    {
        if (call.Arguments.Any(a => a is PatternPredicateExpr))
        {
            throw CypherException.Syntax("UnexpectedSyntax", $"A pattern expression cannot be an argument of {name}(); use a pattern comprehension or COUNT instead.", call.Start);
        }

        if (call.Arguments.Count == 0)
        {
            return;
        }

        var type = StaticTypes.Infer(call.Arguments[0], scope);
        var wrong = name.ToLowerInvariant() switch
        {
            "labels" => StaticTypes.IsCertainlyNot(type, StaticType.Node),
            "type" or "startnode" or "endnode" => StaticTypes.IsCertainlyNot(type, StaticType.Relationship),
            "length" or "nodes" or "relationships" => StaticTypes.IsCertainlyNot(type, StaticType.Path),
            "size" => StaticTypes.IsCertainlyNot(type, StaticType.List, StaticType.String),
            "keys" or "properties" => StaticTypes.IsCertainlyNot(type, StaticType.Node, StaticType.Relationship, StaticType.Map),
            _ => false,
        };
        if (wrong)
        {
            throw CypherException.Syntax("InvalidArgumentType", $"Type mismatch: {name}() does not accept this argument.", call.Arguments[0].Start);
        }
    }

    private Evaluator CompileCase(CaseExpr caseExpr, Scope scope)
    {
        var subject = caseExpr.Subject is null ? null : Compile(caseExpr.Subject, scope);
        var whens = caseExpr.Alternatives.Select(a => Compile(a.When, scope)).ToArray();
        var thens = caseExpr.Alternatives.Select(a => Compile(a.Then, scope)).ToArray();
        var otherwise = caseExpr.Else is null ? null : Compile(caseExpr.Else, scope);
        return (row, context) =>
        {
            var value = subject?.Invoke(row, context);
            for (var i = 0; i < whens.Length; i++)
            {
                var when = whens[i](row, context);
                var matched = value is { } v ? CypherComparison.Equal(v, when) == true : when.Kind == ValueKind.Boolean && when.AsBoolean();
                if (matched)
                {
                    return thens[i](row, context);
                }
            }

            return otherwise?.Invoke(row, context) ?? Value.Null;
        };
    }

    private Evaluator CompileListComprehension(ListComprehensionExpr comprehension, Scope scope)
    {
        var source = Compile(comprehension.Source, scope);
        var inner = scope.Copy();
        var slot = Declare(inner, comprehension.Variable, VariableKind.Any).Slot;
        inner.Set(new Variable(comprehension.Variable, slot, VariableKind.Any, StaticTypes.ElementType(comprehension.Source, scope)));
        var where = comprehension.Where is null ? null : Compile(comprehension.Where, inner);
        var projection = comprehension.Projection is null ? null : Compile(comprehension.Projection, inner);
        return (row, context) =>
        {
            var list = source(row, context);
            if (list.IsNull)
            {
                return Value.Null;
            }

            var result = new List<Value>();
            foreach (var item in ListItems(list, "list comprehension"))
            {
                row[slot] = item;
                if (where is not null)
                {
                    var keep = where(row, context);
                    if (keep.Kind != ValueKind.Boolean || !keep.AsBoolean())
                    {
                        continue;
                    }
                }

                result.Add(projection is null ? item : projection(row, context));
            }

            return Value.List(new ListValue(result));
        };
    }

    private Evaluator CompileQuantifier(QuantifierExpr quantifier, Scope scope)
    {
        var source = Compile(quantifier.Source, scope);
        var inner = scope.Copy();
        var slot = Declare(inner, quantifier.Variable, VariableKind.Any).Slot;
        inner.Set(new Variable(quantifier.Variable, slot, VariableKind.Any, StaticTypes.ElementType(quantifier.Source, scope)));
        var where = quantifier.Where is null ? (Evaluator)((_, _) => Value.True) : Compile(quantifier.Where, inner);
        var kind = quantifier.Kind;
        return (row, context) =>
        {
            var list = source(row, context);
            if (list.IsNull)
            {
                return Value.Null;
            }

            int trues = 0, nulls = 0, total = 0;
            foreach (var item in ListItems(list, "quantifier"))
            {
                total++;
                row[slot] = item;
                var result = where(row, context);
                if (result.IsNull)
                {
                    nulls++;
                }
                else if (RequireBoolean(result, kind.ToString().ToLowerInvariant()))
                {
                    trues++;
                    if (kind == QuantifierKind.Any)
                    {
                        return Value.True;
                    }

                    if (kind == QuantifierKind.None)
                    {
                        return Value.False;
                    }

                    if (kind == QuantifierKind.Single && trues > 1)
                    {
                        return Value.False;
                    }
                }
                else if (kind == QuantifierKind.All)
                {
                    return Value.False;
                }
            }

            return kind switch
            {
                QuantifierKind.All => nulls > 0 ? Value.Null : Value.True,
                QuantifierKind.Any => nulls > 0 ? Value.Null : Value.False,
                QuantifierKind.None => nulls > 0 ? Value.Null : Value.True,
                _ => nulls > 0 ? Value.Null : Value.Boolean(trues == 1),
            };
        };
    }

    private Evaluator CompileReduce(ReduceExpr reduce, Scope scope)
    {
        var initial = Compile(reduce.Initial, scope);
        var source = Compile(reduce.Source, scope);
        var inner = scope.Copy();
        var accumulator = Declare(inner, reduce.Accumulator, VariableKind.Any).Slot;
        var element = Declare(inner, reduce.Variable, VariableKind.Any).Slot;
        var body = Compile(reduce.Body, inner);
        return (row, context) =>
        {
            var list = source(row, context);
            if (list.IsNull)
            {
                return Value.Null;
            }

            row[accumulator] = initial(row, context);
            foreach (var item in ListItems(list, "reduce"))
            {
                row[element] = item;
                row[accumulator] = body(row, context);
            }

            return row[accumulator];
        };
    }

    private static ReadOnlySpan<Value> ListItems(Value value, string construct) => value.Kind == ValueKind.List
        ? value.AsList().Items
        : throw CypherException.Type("InvalidArgumentType", $"Type mismatch: {construct} needs a list, but got {CypherTypeNames.Of(value)}.");

    private Evaluator CompilePropertiesMatch(PropertiesMatchExpr match, Scope scope)
    {
        var entity = Compile(match.Entity, scope);
        var map = Compile(match.Map, scope);
        return (row, context) =>
        {
            var target = entity(row, context);
            var properties = map(row, context);
            if (target.IsNull || properties.IsNull)
            {
                return Value.Null;
            }

            if (properties.Kind != ValueKind.Map)
            {
                throw CypherException.Type("InvalidArgumentType", $"Pattern properties must be a map, not {CypherTypeNames.Of(properties)}.");
            }

            var unknown = false;
            foreach (var (key, expected) in properties.AsMap().Entries)
            {
                switch (CypherComparison.Equal(PropertyOf(target, new TokenReference(TokenKind.PropertyKey, key), context), expected))
                {
                    case false:
                        return Value.False;
                    case null:
                        unknown = true;
                        break;
                }
            }

            return unknown ? Value.Null : Value.True;
        };
    }

    private static CypherException InvalidAggregation(string name, int offset) =>
        CypherException.Syntax("InvalidAggregation", $"Invalid use of aggregating function {name}(...) in this context.", offset);

    /// <summary>Runs a sub-plan with the current row as its argument (pattern predicates, comprehensions, EXISTS).</summary>
    private static IEnumerable<Value[]> RunSubplan(Operator plan, Value[] row, QueryContext context) => plan.Run(context, (Value[])row.Clone());
}
