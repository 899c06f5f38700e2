using TechSelfReliance.Graph.Schema;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Graph.Durability;

/// <summary>Encodes a transaction's operations for the log, as the transaction makes them.</summary>
internal sealed class OperationWriter
{
    public ByteBuffer Buffer { get; } = new(1 << 10);

    public void DefineToken(TokenKind kind, int id, string name)
    {
        Buffer.WriteByte((byte)OperationCode.DefineToken);
        Buffer.WriteByte((byte)kind);
        Buffer.WriteVarUInt((ulong)id);
        Buffer.WriteString(name);
    }

    public void CreateNode(int id, ReadOnlySpan<int> labels)
    {
        Buffer.WriteByte((byte)OperationCode.CreateNode);
        Buffer.WriteVarUInt((ulong)id);
        WriteIds(labels);
    }

    public void DeleteNode(int id) => WriteIdOperation(OperationCode.DeleteNode, id);

    public void SetNodeProperty(int id, int key, Value value) => WritePropertyOperation(OperationCode.SetNodeProperty, id, key, value);

    public void RemoveNodeProperty(int id, int key) => WriteKeyOperation(OperationCode.RemoveNodeProperty, id, key);

    public void SetLabels(int id, ReadOnlySpan<int> labels)
    {
        Buffer.WriteByte((byte)OperationCode.SetLabels);
        Buffer.WriteVarUInt((ulong)id);
        WriteIds(labels);
    }

    public void CreateRelationship(int id, int type, int start, int end)
    {
        Buffer.WriteByte((byte)OperationCode.CreateRelationship);
        Buffer.WriteVarUInt((ulong)id);
        Buffer.WriteVarUInt((ulong)type);
        Buffer.WriteVarUInt((ulong)start);
        Buffer.WriteVarUInt((ulong)end);
    }

    public void DeleteRelationship(int id) => WriteIdOperation(OperationCode.DeleteRelationship, id);

    public void SetRelationshipProperty(int id, int key, Value value) => WritePropertyOperation(OperationCode.SetRelationshipProperty, id, key, value);

    public void RemoveRelationshipProperty(int id, int key) => WriteKeyOperation(OperationCode.RemoveRelationshipProperty, id, key);

    public void CreateIndex(IndexDefinition index)
    {
        Buffer.WriteByte((byte)OperationCode.CreateIndex);
        Buffer.WriteVarInt(index.Id);
        Buffer.WriteString(index.Name);
        Buffer.WriteVarUInt((ulong)index.Label);
        Buffer.WriteVarUInt((ulong)index.Key);
        Buffer.WriteString(index.OwningConstraint ?? string.Empty);
    }

    public void DropIndex(string name)
    {
        Buffer.WriteByte((byte)OperationCode.DropIndex);
        Buffer.WriteString(name);
    }

    public void CreateConstraint(ConstraintDefinition constraint)
    {
        Buffer.WriteByte((byte)OperationCode.CreateConstraint);
        Buffer.WriteVarInt(constraint.Id);
        Buffer.WriteString(constraint.Name);
        Buffer.WriteVarUInt((ulong)constraint.Label);
        Buffer.WriteVarUInt((ulong)constraint.Key);
    }

    public void DropConstraint(string name)
    {
        Buffer.WriteByte((byte)OperationCode.DropConstraint);
        Buffer.WriteString(name);
    }

    private void WriteIds(ReadOnlySpan<int> ids)
    {
        Buffer.WriteVarUInt((ulong)ids.Length);
        foreach (var id in ids)
        {
            Buffer.WriteVarUInt((ulong)id);
        }
    }

    private void WriteIdOperation(OperationCode code, int id)
    {
        Buffer.WriteByte((byte)code);
        Buffer.WriteVarUInt((ulong)id);
    }

    private void WriteKeyOperation(OperationCode code, int id, int key)
    {
        WriteIdOperation(code, id);
        Buffer.WriteVarUInt((ulong)key);
    }

    private void WritePropertyOperation(OperationCode code, int id, int key, Value value)
    {
        WriteKeyOperation(code, id, key);
        ValueCodec.Write(Buffer, value);
    }
}
