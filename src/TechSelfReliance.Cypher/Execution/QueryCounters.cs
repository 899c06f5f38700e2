namespace TechSelfReliance.Cypher.Execution;

/// <summary>What a statement changed, as Neo4j reports it. Not thread-safe; one per statement.</summary>
public sealed class QueryCounters
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

    public void Add(QueryCounters other)
    {
        NodesCreated += other.NodesCreated;
        NodesDeleted += other.NodesDeleted;
        RelationshipsCreated += other.RelationshipsCreated;
        RelationshipsDeleted += other.RelationshipsDeleted;
        PropertiesSet += other.PropertiesSet;
        LabelsAdded += other.LabelsAdded;
        LabelsRemoved += other.LabelsRemoved;
        IndexesAdded += other.IndexesAdded;
        IndexesRemoved += other.IndexesRemoved;
        ConstraintsAdded += other.ConstraintsAdded;
        ConstraintsRemoved += other.ConstraintsRemoved;
    }
}
