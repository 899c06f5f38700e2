namespace TechSelfReliance.Cypher.Procedures;

/// <summary>A procedure's qualified name with its inputs and outputs. No outputs means a VOID procedure.</summary>
public sealed record ProcedureSignature(string Name, IReadOnlyList<ProcedureField> Inputs, IReadOnlyList<ProcedureField> Outputs, string Description = "");
