namespace TechSelfReliance.Cypher.Syntax.Ast;

// Clauses of a query and the items inside them.

public abstract record Clause : AstNode;

public sealed record MatchClause(bool Optional, Pattern Pattern, Expr? Where) : Clause;

public sealed record CreateClause(Pattern Pattern) : Clause;

public sealed record MergeClause(PatternPart Part, IReadOnlyList<SetItem> OnMatch, IReadOnlyList<SetItem> OnCreate) : Clause;

public sealed record SetClause(IReadOnlyList<SetItem> Items) : Clause;

public sealed record RemoveClause(IReadOnlyList<RemoveItem> Items) : Clause;

public sealed record DeleteClause(bool Detach, IReadOnlyList<Expr> Targets) : Clause;

public sealed record UnwindClause(Expr List, string Variable) : Clause;

public sealed record WithClause(Projection Projection, Expr? Where) : Clause;

public sealed record ReturnClause(Projection Projection) : Clause;

public sealed record CallClause(string Procedure, IReadOnlyList<Expr>? Arguments, IReadOnlyList<YieldItem>? Yield, bool YieldAll, Expr? Where) : Clause;

public sealed record Projection(bool Distinct, bool IncludeExisting, IReadOnlyList<ProjectionItem> Items, IReadOnlyList<SortItem> OrderBy, Expr? Skip, Expr? Limit) : AstNode;

public sealed record ProjectionItem(Expr Expression, string? Alias, string Text) : AstNode
{
    public string ColumnName => Alias ?? Text;
}

public sealed record SortItem(Expr Expression, bool Descending);

public sealed record YieldItem(string Field, string? Alias) : AstNode
{
    public string Variable => Alias ?? Field;
}

public abstract record SetItem : AstNode;

public sealed record SetPropertyItem(Expr Target, string Key, Expr Value) : SetItem;

public sealed record SetVariableItem(string Variable, Expr Value, bool Merge) : SetItem;

public sealed record SetLabelsItem(string Variable, IReadOnlyList<string> Labels) : SetItem;

public abstract record RemoveItem : AstNode;

public sealed record RemovePropertyItem(Expr Target, string Key) : RemoveItem;

public sealed record RemoveLabelsItem(string Variable, IReadOnlyList<string> Labels) : RemoveItem;
