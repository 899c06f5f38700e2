using TechSelfReliance.Cypher.Planning;
using TechSelfReliance.Cypher.Syntax.Ast;

namespace TechSelfReliance.Cypher.Execution;

/// <summary>A parsed statement and, for queries, its plan; cached by statement text and schema.</summary>
internal sealed record PreparedStatement(string Text, ParsedStatement Parsed, CompiledQuery? Query, object SchemaVersion)
{
    public bool Writes { get; } = Query?.Writes ?? Parsed.Statement is not ShowStatement;

    /// <summary>Whether running it would write: EXPLAIN of a write only describes it.</summary>
    public bool WritesWhenRun => Writes && Parsed.Mode != ExecutionMode.Explain;
}
