using TechSelfReliance.Cypher.Syntax.Ast;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Planning;

/// <summary>
/// Infers types that are certain before the query runs (literals, operators, variables of known kind), so
/// that errors Neo4j reports at compile time — NOT 1, a path used as a map — are reported at compile time here too.
/// </summary>
internal static class StaticTypes
{
    public static StaticType Infer(Expr expression, Scope scope) => expression switch
    {
        LiteralExpr { Value.Kind: ValueKind.Null } => StaticType.Null,
        LiteralExpr { Value.Kind: ValueKind.Boolean } => StaticType.Boolean,
        LiteralExpr { Value.Kind: ValueKind.Integer } => StaticType.Integer,
        LiteralExpr { Value.Kind: ValueKind.Float } => StaticType.Float,
        LiteralExpr { Value.Kind: ValueKind.String } => StaticType.String,
        ListExpr or ListComprehensionExpr or PatternComprehensionExpr => StaticType.List,
        MapExpr or MapProjectionExpr => StaticType.Map,
        UnaryExpr { Operator: UnaryOperator.Not } or IsNullExpr or HasLabelsExpr or QuantifierExpr or PatternPredicateExpr or ExistsSubqueryExpr => StaticType.Boolean,
        BinaryExpr b when b.Operator is BinaryOperator.And or BinaryOperator.Or or BinaryOperator.Xor or BinaryOperator.Equal or BinaryOperator.NotEqual
            or BinaryOperator.LessThan or BinaryOperator.GreaterThan or BinaryOperator.LessOrEqual or BinaryOperator.GreaterOrEqual
            or BinaryOperator.StartsWith or BinaryOperator.EndsWith or BinaryOperator.Contains or BinaryOperator.RegexMatch or BinaryOperator.In => StaticType.Boolean,
        VariableExpr v when scope.TryGet(v.Name, out var variable) => variable.Kind switch
        {
            VariableKind.Node => StaticType.Node,
            VariableKind.Relationship => StaticType.Relationship,
            VariableKind.Path => StaticType.Path,
            VariableKind.RelationshipList => StaticType.List,
            _ => variable.Type,
        },
        _ => StaticType.Unknown,
    };

    /// <summary>The type every element of a literal list shares, if they share one.</summary>
    public static StaticType ElementType(Expr list, Scope scope)
    {
        if (list is not ListExpr { Items.Count: > 0 } literal)
        {
            return StaticType.Unknown;
        }

        var types = literal.Items.Select(i => Infer(i, scope)).Distinct().ToList();
        return types.Count == 1 ? types[0] : StaticType.Unknown;
    }

    public static bool IsCertainlyNot(StaticType type, params StaticType[] allowed) =>
        type != StaticType.Unknown && type != StaticType.Null && !allowed.Contains(type);
}
