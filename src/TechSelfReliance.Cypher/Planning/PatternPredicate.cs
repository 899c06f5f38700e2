using TechSelfReliance.Cypher.Syntax.Ast;

namespace TechSelfReliance.Cypher.Planning;

/// <summary>A conjunct of a MATCH's conditions, with the variables it needs; applied as soon as they are bound.</summary>
internal sealed class PatternPredicate(Expr expression, HashSet<string> dependencies, string description)
{
    public Expr Expression { get; } = expression;

    public HashSet<string> Dependencies { get; } = dependencies;

    public string Description { get; } = description;

    public bool Applied { get; set; }
}
