namespace TechSelfReliance.Cypher.Procedures;

/// <summary>One input or output of a procedure: its name and Cypher type (e.g. "INTEGER?", "LIST? OF STRING?").</summary>
public sealed record ProcedureField(string Name, string Type);
