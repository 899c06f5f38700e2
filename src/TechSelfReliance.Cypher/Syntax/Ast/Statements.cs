namespace TechSelfReliance.Cypher.Syntax.Ast;

// Whole statements: queries (with UNION) and schema commands, optionally under EXPLAIN or PROFILE.

public abstract record Statement : AstNode;

public sealed record SingleQuery(IReadOnlyList<Clause> Clauses) : Statement;

public sealed record UnionQuery(IReadOnlyList<SingleQuery> Parts, bool All) : Statement;

public sealed record CreateIndexStatement(string? Name, string Label, IReadOnlyList<string> Properties, bool IfNotExists) : Statement;

public sealed record DropIndexStatement(string Name, bool IfExists) : Statement;

public sealed record CreateConstraintStatement(string? Name, string Label, IReadOnlyList<string> Properties, bool IfNotExists) : Statement;

public sealed record DropConstraintStatement(string Name, bool IfExists) : Statement;

public sealed record ShowStatement(ShowKind Kind) : Statement;

public enum ShowKind
{
    Indexes,
    Constraints,
}

public enum ExecutionMode
{
    Normal,
    Explain,
    Profile,
}

public sealed record ParsedStatement(Statement Statement, ExecutionMode Mode);
