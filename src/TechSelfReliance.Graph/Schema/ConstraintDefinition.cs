namespace TechSelfReliance.Graph.Schema;

/// <summary>A uniqueness constraint on (label, key), backed by the index of the same name.</summary>
public sealed record ConstraintDefinition(long Id, string Name, int Label, int Key);
