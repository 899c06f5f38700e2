using TechSelfReliance.Graph.Schema;
using TechSelfReliance.Graph.Storage;

namespace TechSelfReliance.Graph.Durability;

/// <summary>
/// Replays logged operations onto a writer-owned version of the graph through the same primitive changes
/// the live transaction used, so recovery cannot drift from what ran.
/// </summary>
internal static class OperationApplier
{
    public static void Apply(GraphState state, TokenRegistry tokens, LabelSetInterner interner, ReadOnlySpan<byte> operations)
    {
        var reader = new SpanReader(operations);
        while (!reader.AtEnd)
        {
            var code = (OperationCode)reader.ReadByte();
            switch (code)
            {
                case OperationCode.DefineToken:
                    var kind = (TokenKind)reader.ReadByte();
                    var tokenId = reader.ReadVarInt32();
                    tokens.Define(kind, tokenId, reader.ReadString());
                    break;
                case OperationCode.CreateNode:
                    var nodeId = reader.ReadVarInt32();
                    state.CreateNode(nodeId, interner.Intern(ReadIds(ref reader)));
                    break;
                case OperationCode.DeleteNode:
                    state.DeleteNode(RequireNode(state, reader.ReadVarInt32()));
                    break;
                case OperationCode.SetNodeProperty:
                    var propertyNode = RequireNode(state, reader.ReadVarInt32());
                    var key = reader.ReadVarInt32();
                    state.SetNodeProperty(propertyNode, key, ValueCodec.Read(ref reader));
                    break;
                case OperationCode.RemoveNodeProperty:
                    var removeNode = RequireNode(state, reader.ReadVarInt32());
                    state.RemoveNodeProperty(removeNode, reader.ReadVarInt32());
                    break;
                case OperationCode.SetLabels:
                    var labelNode = RequireNode(state, reader.ReadVarInt32());
                    state.SetNodeLabels(labelNode, state.NodeLabels(labelNode)!, interner.Intern(ReadIds(ref reader)));
                    break;
                case OperationCode.CreateRelationship:
                    var relationshipId = reader.ReadVarInt32();
                    var type = reader.ReadVarInt32();
                    var start = RequireNode(state, reader.ReadVarInt32());
                    var end = RequireNode(state, reader.ReadVarInt32());
                    state.CreateRelationship(relationshipId, type, start, end);
                    break;
                case OperationCode.DeleteRelationship:
                    state.DeleteRelationship(RequireRelationship(state, reader.ReadVarInt32()));
                    break;
                case OperationCode.SetRelationshipProperty:
                    var propertyRelationship = RequireRelationship(state, reader.ReadVarInt32());
                    var relationshipKey = reader.ReadVarInt32();
                    state.SetRelationshipProperty(propertyRelationship, relationshipKey, ValueCodec.Read(ref reader));
                    break;
                case OperationCode.RemoveRelationshipProperty:
                    var removeRelationship = RequireRelationship(state, reader.ReadVarInt32());
                    state.RemoveRelationshipProperty(removeRelationship, reader.ReadVarInt32());
                    break;
                case OperationCode.CreateIndex:
                    var indexId = reader.ReadVarInt();
                    var indexName = reader.ReadString();
                    var indexLabel = reader.ReadVarInt32();
                    var indexKey = reader.ReadVarInt32();
                    var owning = reader.ReadString();
                    state.CreateIndex(new IndexDefinition(indexId, indexName, indexLabel, indexKey, owning.Length == 0 ? null : owning));
                    break;
                case OperationCode.DropIndex:
                    state.DropIndex(reader.ReadString());
                    break;
                case OperationCode.CreateConstraint:
                    var constraintId = reader.ReadVarInt();
                    var constraintName = reader.ReadString();
                    var constraintLabel = reader.ReadVarInt32();
                    state.CreateConstraint(new ConstraintDefinition(constraintId, constraintName, constraintLabel, reader.ReadVarInt32()));
                    break;
                case OperationCode.DropConstraint:
                    state.DropConstraint(reader.ReadString());
                    break;
                default:
                    throw new StoreCorruptedException($"Unknown operation code {(byte)code} in the log.");
            }
        }
    }

    private static int[] ReadIds(ref SpanReader reader)
    {
        var ids = new int[reader.ReadVarInt32()];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = reader.ReadVarInt32();
        }

        return ids;
    }

    private static int RequireNode(GraphState state, int id) =>
        state.NodeExists(id) ? id : throw new StoreCorruptedException($"The log refers to node {id}, which does not exist at that point.");

    private static int RequireRelationship(GraphState state, int id) =>
        state.RelationshipExists(id) ? id : throw new StoreCorruptedException($"The log refers to relationship {id}, which does not exist at that point.");
}
