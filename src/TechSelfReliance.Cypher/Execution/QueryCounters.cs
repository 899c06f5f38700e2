namespace TechSelfReliance.Cypher.Execution;

/// <summary>What a statement changed, as Neo4j reports it: a value, so a result owns its copy and a read allocates nothing.</summary>
public record struct QueryCounters
{
    public int NodesCreated { get; set; }

    public int NodesDeleted { get; set; }

    public int RelationshipsCreated { get; set; }

    public int RelationshipsDeleted { get; set; }

    public int PropertiesSet { get; set; }

    public int LabelsAdded { get; set; }

    public int LabelsRemoved { get; set; }

    public int IndexesAdded { get; set; }

    public int IndexesRemoved { get; set; }

    public int ConstraintsAdded { get; set; }

    public int ConstraintsRemoved { get; set; }

    public bool ContainsUpdates => NodesCreated + NodesDeleted + RelationshipsCreated + RelationshipsDeleted + PropertiesSet
        + LabelsAdded + LabelsRemoved + IndexesAdded + IndexesRemoved + ConstraintsAdded + ConstraintsRemoved > 0;
}
