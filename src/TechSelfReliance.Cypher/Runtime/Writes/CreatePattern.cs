namespace TechSelfReliance.Cypher.Runtime.Writes;

/// <summary>What CREATE (or the create half of MERGE) makes for one row.</summary>
internal sealed record CreatePattern(NodeToCreate[] Nodes, RelationshipToCreate[] Relationships, PathToBuild[] Paths);

/// <summary>A node of a create pattern; a node already bound is reused, not created.</summary>
internal sealed record NodeToCreate(int Slot, bool AlreadyBound, TokenReference[] Labels, Evaluator? Properties);

/// <summary>A relationship of a create pattern, from the node in one slot to the node in another.</summary>
internal sealed record RelationshipToCreate(int Slot, int StartSlot, int EndSlot, TokenReference Type, Evaluator? Properties);

/// <summary>A named path over created (or reused) nodes and relationships.</summary>
internal sealed record PathToBuild(int Slot, int[] NodeSlots, int[] RelationshipSlots);
