using System.Buffers.Binary;
using TechSelfReliance.Graph.Schema;
using TechSelfReliance.Graph.Storage;

namespace TechSelfReliance.Graph.Durability;

/// <summary>
/// A checkpoint of the whole graph: magic, then length-prefixed entries (header, tokens, nodes with labels
/// and properties, relationships with properties, indexes, constraints, end), then a CRC-32C of every byte
/// after the magic. It is written to a temporary file, forced to disk and renamed into place, so a snapshot
/// on disk is always complete; any damage to it stops the open.
/// </summary>
internal static class SnapshotFile
{
    private const byte HeaderEntry = 1;
    private const byte TokenEntry = 2;
    private const byte NodeEntry = 3;
    private const byte RelationshipEntry = 4;
    private const byte IndexEntry = 5;
    private const byte ConstraintEntry = 6;
    private const byte EndEntry = 7;
    private const int FlushThreshold = 1 << 20;

    private static ReadOnlySpan<byte> Magic => "TSRSNP01"u8;

    public static void Write(IStoreFileSystem fileSystem, string path, GraphState state, TokenRegistry tokens, Guid storeId)
    {
        var temporary = path + ".new";
        using (var file = fileSystem.OpenAppend(temporary, truncate: true))
        {
            var writer = new EntryWriter(file);
            file.Append(Magic);

            var header = writer.Begin(HeaderEntry);
            header.WriteBytes(storeId.ToByteArray());
            header.WriteVarInt(state.LastTransactionId);
            header.WriteVarInt(state.NodeIdLimit);
            header.WriteVarInt(state.RelationshipIdLimit);
            header.WriteVarInt(state.NextSchemaId);
            writer.End();

            foreach (var kind in new[] { TokenKind.Label, TokenKind.RelationshipType, TokenKind.PropertyKey })
            {
                var names = tokens.All(kind);
                for (var id = 0; id < names.Count; id++)
                {
                    var entry = writer.Begin(TokenEntry);
                    entry.WriteByte((byte)kind);
                    entry.WriteVarUInt((ulong)id);
                    entry.WriteString(names[id]);
                    writer.End();
                }
            }

            for (var id = 0; id < state.NodeIdLimit; id++)
            {
                if (state.NodeLabels(id) is not { } labels)
                {
                    continue;
                }

                var entry = writer.Begin(NodeEntry);
                entry.WriteVarUInt((ulong)id);
                entry.WriteVarUInt((ulong)labels.Count);
                foreach (var label in labels.Items)
                {
                    entry.WriteVarUInt((ulong)label);
                }

                WriteProperties(entry, state.NodeProperties(id));
                writer.End();
            }

            for (var id = 0; id < state.RelationshipIdLimit; id++)
            {
                var record = state.Relationship(id);
                if (!record.Exists)
                {
                    continue;
                }

                var entry = writer.Begin(RelationshipEntry);
                entry.WriteVarUInt((ulong)id);
                entry.WriteVarUInt((ulong)record.Type);
                entry.WriteVarUInt((ulong)record.Start);
                entry.WriteVarUInt((ulong)record.End);
                WriteProperties(entry, state.RelationshipProperties(id));
                writer.End();
            }

            foreach (var index in state.Indexes)
            {
                var entry = writer.Begin(IndexEntry);
                entry.WriteVarInt(index.Id);
                entry.WriteString(index.Name);
                entry.WriteVarUInt((ulong)index.Label);
                entry.WriteVarUInt((ulong)index.Key);
                entry.WriteString(index.OwningConstraint ?? string.Empty);
                writer.End();
            }

            foreach (var constraint in state.Constraints)
            {
                var entry = writer.Begin(ConstraintEntry);
                entry.WriteVarInt(constraint.Id);
                entry.WriteString(constraint.Name);
                entry.WriteVarUInt((ulong)constraint.Label);
                entry.WriteVarUInt((ulong)constraint.Key);
                writer.End();
            }

            var end = writer.Begin(EndEntry);
            end.WriteVarInt(state.NodeCount);
            end.WriteVarInt(state.RelationshipCount);
            writer.End();
            writer.Finish();
            file.Sync();
        }

        fileSystem.Replace(temporary, path);
        fileSystem.SyncDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
    }

    public static (GraphState State, Guid StoreId) Read(IStoreFileSystem fileSystem, string path, TokenRegistry tokens, LabelSetInterner interner)
    {
        using var stream = fileSystem.OpenRead(path);
        Span<byte> magic = stackalloc byte[8];
        if (stream.ReadAtLeast(magic, 8, throwOnEndOfStream: false) != 8 || !magic.SequenceEqual(Magic))
        {
            throw new StoreCorruptedException($"The snapshot '{path}' does not start with a snapshot header.");
        }

        var owner = new TransientOwner();
        var state = GraphState.Empty.Mutable(owner);
        var storeId = Guid.Empty;
        uint crc = 0;
        var buffer = new byte[1 << 12];
        Span<byte> prefix = stackalloc byte[4];
        var pendingIndexes = new List<IndexDefinition>();
        while (true)
        {
            if (stream.ReadAtLeast(prefix, 4, throwOnEndOfStream: false) != 4)
            {
                throw new StoreCorruptedException($"The snapshot '{path}' ends before its end marker.");
            }

            crc = Crc32C.Append(crc, prefix);
            var length = BinaryPrimitives.ReadInt32LittleEndian(prefix);
            if (length <= 0 || length > 1 << 30)
            {
                throw new StoreCorruptedException($"The snapshot '{path}' has an entry of impossible length {length}.");
            }

            if (buffer.Length < length)
            {
                buffer = new byte[Math.Max(length, buffer.Length * 2)];
            }

            if (stream.ReadAtLeast(buffer.AsSpan(0, length), length, throwOnEndOfStream: false) != length)
            {
                throw new StoreCorruptedException($"The snapshot '{path}' ends inside an entry.");
            }

            var body = buffer.AsSpan(0, length);
            crc = Crc32C.Append(crc, body);
            var reader = new SpanReader(body);
            var kind = reader.ReadByte();
            switch (kind)
            {
                case HeaderEntry:
                    storeId = new Guid(body.Slice(1, 16));
                    reader = new SpanReader(body[17..]);
                    state.LastTransactionId = reader.ReadVarInt();
                    var nodeIdLimit = (int)reader.ReadVarInt();
                    state.RaiseIdLimits(nodeIdLimit, (int)reader.ReadVarInt());
                    state.NextSchemaId = reader.ReadVarInt();
                    break;
                case TokenEntry:
                    var tokenKind = (TokenKind)reader.ReadByte();
                    var tokenId = reader.ReadVarInt32();
                    tokens.Define(tokenKind, tokenId, reader.ReadString());
                    break;
                case NodeEntry:
                    var nodeId = reader.ReadVarInt32();
                    var labels = new int[reader.ReadVarInt32()];
                    for (var i = 0; i < labels.Length; i++)
                    {
                        labels[i] = reader.ReadVarInt32();
                    }

                    state.CreateNode(nodeId, interner.Intern(labels));
                    ReadProperties(ref reader, (key, value) => state.SetNodeProperty(nodeId, key, value));
                    break;
                case RelationshipEntry:
                    var relationshipId = reader.ReadVarInt32();
                    var type = reader.ReadVarInt32();
                    var start = reader.ReadVarInt32();
                    var end = reader.ReadVarInt32();
                    if (!state.NodeExists(start) || !state.NodeExists(end))
                    {
                        throw new StoreCorruptedException($"The snapshot '{path}' has relationship {relationshipId} between missing nodes.");
                    }

                    state.CreateRelationship(relationshipId, type, start, end);
                    ReadProperties(ref reader, (key, value) => state.SetRelationshipProperty(relationshipId, key, value));
                    break;
                case IndexEntry:
                    var indexId = reader.ReadVarInt();
                    var indexName = reader.ReadString();
                    var indexLabel = reader.ReadVarInt32();
                    var indexKey = reader.ReadVarInt32();
                    var owning = reader.ReadString();
                    pendingIndexes.Add(new IndexDefinition(indexId, indexName, indexLabel, indexKey, owning.Length == 0 ? null : owning));
                    break;
                case ConstraintEntry:
                    var constraintId = reader.ReadVarInt();
                    var constraintName = reader.ReadString();
                    var constraintLabel = reader.ReadVarInt32();
                    state.CreateConstraint(new ConstraintDefinition(constraintId, constraintName, constraintLabel, reader.ReadVarInt32()));
                    break;
                case EndEntry:
                    var nodeCount = reader.ReadVarInt();
                    var relationshipCount = reader.ReadVarInt();
                    if (stream.ReadAtLeast(prefix, 4, throwOnEndOfStream: false) != 4 || BinaryPrimitives.ReadUInt32LittleEndian(prefix) != crc)
                    {
                        throw new StoreCorruptedException($"The snapshot '{path}' fails its checksum.");
                    }

                    if (nodeCount != state.NodeCount || relationshipCount != state.RelationshipCount)
                    {
                        throw new StoreCorruptedException($"The snapshot '{path}' holds {state.NodeCount} nodes and {state.RelationshipCount} relationships but records {nodeCount} and {relationshipCount}.");
                    }

                    foreach (var index in pendingIndexes)
                    {
                        state.CreateIndex(index);
                    }

                    state.Freeze();
                    return (state, storeId);
                default:
                    throw new StoreCorruptedException($"The snapshot '{path}' has an entry of unknown kind {kind}.");
            }
        }
    }

    private static void WriteProperties(ByteBuffer entry, List<KeyValuePair<int, Values.Value>> properties)
    {
        entry.WriteVarUInt((ulong)properties.Count);
        foreach (var (key, value) in properties)
        {
            entry.WriteVarUInt((ulong)key);
            ValueCodec.Write(entry, value);
        }
    }

    private static void ReadProperties(ref SpanReader reader, Action<int, Values.Value> set)
    {
        var count = reader.ReadVarInt32();
        for (var i = 0; i < count; i++)
        {
            var key = reader.ReadVarInt32();
            set(key, ValueCodec.Read(ref reader));
        }
    }

    /// <summary>Frames entries with a length prefix, keeps the running CRC, and writes in large blocks.</summary>
    private sealed class EntryWriter(IStoreFile file)
    {
        private readonly ByteBuffer _block = new(FlushThreshold + (1 << 12));
        private uint _crc;
        private int _entryStart;

        public ByteBuffer Begin(byte kind)
        {
            _entryStart = _block.Length;
            _block.WriteUInt32(0);
            _block.WriteByte(kind);
            return _block;
        }

        public void End()
        {
            _block.PatchUInt32(_entryStart, (uint)(_block.Length - _entryStart - 4));
            if (_block.Length >= FlushThreshold)
            {
                Flush();
            }
        }

        public void Finish()
        {
            Flush();
            Span<byte> trailer = stackalloc byte[4];
            BinaryPrimitives.WriteUInt32LittleEndian(trailer, _crc);
            file.Append(trailer);
        }

        private void Flush()
        {
            _crc = Crc32C.Append(_crc, _block.WrittenSpan);
            file.Append(_block.WrittenSpan);
            _block.Clear();
        }
    }
}
