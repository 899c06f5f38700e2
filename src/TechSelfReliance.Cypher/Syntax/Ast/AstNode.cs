namespace TechSelfReliance.Cypher.Syntax.Ast;

/// <summary>Every syntax node knows the part of the statement it came from: offsets [Start, End).</summary>
public abstract record AstNode
{
    public int Start { get; init; }

    public int End { get; init; }
}
