namespace TechSelfReliance.Cypher.Syntax.Ast;

// Graph patterns: a pattern is parts separated by commas; a part is an optional path name and a chain of
// node, relationship, node, ...

public sealed record NodePattern(string? Variable, IReadOnlyList<string> Labels, Expr? Properties) : AstNode;

public sealed record RelationshipPattern(string? Variable, IReadOnlyList<string> Types, RelationshipDirection Direction, Expr? Properties, VariableLength? Length) : AstNode;

public sealed record VariableLength(long? Min, long? Max);

public sealed record PatternStep(RelationshipPattern Relationship, NodePattern Node);

public sealed record PatternChain(NodePattern First, IReadOnlyList<PatternStep> Steps) : AstNode;

public sealed record PatternPart(string? PathVariable, PatternChain Chain, ShortestPathKind Shortest) : AstNode;

public sealed record Pattern(IReadOnlyList<PatternPart> Parts) : AstNode;

public enum RelationshipDirection
{
    LeftToRight,
    RightToLeft,
    Either,
}

public enum ShortestPathKind
{
    None,
    Shortest,
    AllShortest,
}
