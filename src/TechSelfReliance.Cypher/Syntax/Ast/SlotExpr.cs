namespace TechSelfReliance.Cypher.Syntax.Ast;

/// <summary>
/// Not written by users: the planner puts it in place of a sub-expression whose value an earlier operator
/// already computed into a slot (an aggregate, a grouping key).
/// </summary>
public sealed record SlotExpr(int Slot, string Text) : Expr;
