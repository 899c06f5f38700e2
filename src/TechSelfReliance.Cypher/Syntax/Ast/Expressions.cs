using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Syntax.Ast;

// The expression syntax tree. Each record is one small node kind; they are kept together because they are
// read together, like the rows of a grammar.

public abstract record Expr : AstNode;

public sealed record LiteralExpr(Value Value) : Expr;

public sealed record ParameterExpr(string Name) : Expr;

public sealed record VariableExpr(string Name) : Expr;

public sealed record PropertyExpr(Expr Target, string Key) : Expr;

public sealed record IndexExpr(Expr Target, Expr Index) : Expr;

public sealed record SliceExpr(Expr Target, Expr? From, Expr? To) : Expr;

public sealed record ListExpr(IReadOnlyList<Expr> Items) : Expr;

public sealed record MapExpr(IReadOnlyList<KeyValuePair<string, Expr>> Entries) : Expr;

public sealed record MapProjectionExpr(string Variable, IReadOnlyList<MapProjectionItem> Items) : Expr;

public sealed record UnaryExpr(UnaryOperator Operator, Expr Operand) : Expr;

public sealed record BinaryExpr(BinaryOperator Operator, Expr Left, Expr Right) : Expr;

public sealed record IsNullExpr(Expr Operand, bool Negated) : Expr;

public sealed record HasLabelsExpr(Expr Target, IReadOnlyList<string> Labels) : Expr;

public sealed record FunctionCallExpr(string Name, bool Distinct, IReadOnlyList<Expr> Arguments) : Expr;

public sealed record CountStarExpr : Expr;

public sealed record CaseExpr(Expr? Subject, IReadOnlyList<CaseAlternative> Alternatives, Expr? Else) : Expr;

public sealed record ListComprehensionExpr(string Variable, Expr Source, Expr? Where, Expr? Projection) : Expr;

public sealed record QuantifierExpr(QuantifierKind Kind, string Variable, Expr Source, Expr? Where) : Expr;

public sealed record ReduceExpr(string Accumulator, Expr Initial, string Variable, Expr Source, Expr Body) : Expr;

public sealed record PatternComprehensionExpr(string? PathVariable, PatternChain Pattern, Expr? Where, Expr Projection) : Expr;

public sealed record PatternPredicateExpr(PatternChain Pattern) : Expr;

public sealed record ExistsSubqueryExpr(Pattern? Pattern, Expr? Where, Statement? Query) : Expr;

public sealed record ShortestPathExpr(PatternPart Part) : Expr;

public sealed record CaseAlternative(Expr When, Expr Then);

public abstract record MapProjectionItem;

public sealed record PropertySelector(string Key) : MapProjectionItem;

public sealed record LiteralEntry(string Key, Expr Value) : MapProjectionItem;

public sealed record VariableSelector(string Name) : MapProjectionItem;

public sealed record AllPropertiesSelector : MapProjectionItem;

public enum UnaryOperator
{
    Not,
    Negate,
    Plus,
}

public enum BinaryOperator
{
    Or,
    Xor,
    And,
    Equal,
    NotEqual,
    LessThan,
    GreaterThan,
    LessOrEqual,
    GreaterOrEqual,
    StartsWith,
    EndsWith,
    Contains,
    RegexMatch,
    In,
    Add,
    Subtract,
    Multiply,
    Divide,
    Modulo,
    Power,
}

public enum QuantifierKind
{
    All,
    Any,
    None,
    Single,
}
