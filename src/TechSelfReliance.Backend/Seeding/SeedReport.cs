namespace TechSelfReliance.Backend.Seeding;

/// <summary>What loading the seed did.</summary>
public sealed record SeedReport(int Statements, int NodesCreated, int RelationshipsCreated, int PropertiesSet, int LabelsAdded, TimeSpan Elapsed)
{
    public bool ChangedAnything => NodesCreated + RelationshipsCreated + PropertiesSet + LabelsAdded > 0;
}
