namespace TechSelfReliance.Graph.Durability;

/// <summary>The operations a log record can hold, in the order the transaction made them.</summary>
internal enum OperationCode : byte
{
    DefineToken = 1,
    CreateNode = 2,
    DeleteNode = 3,
    SetNodeProperty = 4,
    RemoveNodeProperty = 5,
    SetLabels = 6,
    CreateRelationship = 7,
    DeleteRelationship = 8,
    SetRelationshipProperty = 9,
    RemoveRelationshipProperty = 10,
    CreateIndex = 11,
    DropIndex = 12,
    CreateConstraint = 13,
    DropConstraint = 14,
}
