namespace TechSelfReliance.Graph.Schema;

/// <summary>A property index on (label, key). <see cref="OwningConstraint"/> names the constraint that created it, if any.</summary>
public sealed record IndexDefinition(long Id, string Name, int Label, int Key, string? OwningConstraint);
