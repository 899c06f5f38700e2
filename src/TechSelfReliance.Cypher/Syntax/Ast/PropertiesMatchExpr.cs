namespace TechSelfReliance.Cypher.Syntax.Ast;

/// <summary>Not written by users: "every entry of this map equals the entity's property", from a pattern's {…} or $map.</summary>
public sealed record PropertiesMatchExpr(Expr Entity, Expr Map) : Expr;
