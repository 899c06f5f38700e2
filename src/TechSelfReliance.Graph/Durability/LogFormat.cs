using System.Buffers.Binary;

namespace TechSelfReliance.Graph.Durability;

/// <summary>
/// The write-ahead log's layout. File header: magic (8 bytes), store id (16), header CRC (4). Then records:
/// magic (4), payload length (4), transaction id (8), payload CRC (4), header CRC over the previous 20 bytes
/// (4), payload. A record is valid only if both CRCs match, so a torn write can never pass for a record.
/// </summary>
internal static class LogFormat
{
    public const int FileHeaderLength = 28;
    public const int RecordHeaderLength = 24;
    public const uint RecordMagic = 0x4C52_5354;
    public static ReadOnlySpan<byte> FileMagic => "TSRWAL01"u8;

    public static byte[] FileHeader(Guid storeId)
    {
        var header = new byte[FileHeaderLength];
        FileMagic.CopyTo(header);
        storeId.TryWriteBytes(header.AsSpan(8, 16));
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(24), Crc32C.Compute(header.AsSpan(0, 24)));
        return header;
    }

    public static void WriteRecord(ByteBuffer output, long transactionId, ReadOnlySpan<byte> payload)
    {
        Span<byte> header = stackalloc byte[RecordHeaderLength];
        BinaryPrimitives.WriteUInt32LittleEndian(header, RecordMagic);
        BinaryPrimitives.WriteUInt32LittleEndian(header[4..], (uint)payload.Length);
        BinaryPrimitives.WriteInt64LittleEndian(header[8..], transactionId);
        BinaryPrimitives.WriteUInt32LittleEndian(header[16..], Crc32C.Compute(payload));
        BinaryPrimitives.WriteUInt32LittleEndian(header[20..], Crc32C.Compute(header[..20]));
        output.WriteBytes(header);
        output.WriteBytes(payload);
    }

    /// <summary>Checks the record at the offset; on success gives its transaction id and the offset after it.</summary>
    public static bool TryReadRecord(ReadOnlySpan<byte> file, long offset, out long transactionId, out int payloadLength)
    {
        transactionId = 0;
        payloadLength = 0;
        if (offset + RecordHeaderLength > file.Length)
        {
            return false;
        }

        var header = file.Slice((int)offset, RecordHeaderLength);
        if (BinaryPrimitives.ReadUInt32LittleEndian(header) != RecordMagic
            || BinaryPrimitives.ReadUInt32LittleEndian(header[20..]) != Crc32C.Compute(header[..20]))
        {
            return false;
        }

        var length = BinaryPrimitives.ReadUInt32LittleEndian(header[4..]);
        if (offset + RecordHeaderLength + length > file.Length)
        {
            return false;
        }

        var payload = file.Slice((int)offset + RecordHeaderLength, (int)length);
        if (BinaryPrimitives.ReadUInt32LittleEndian(header[16..]) != Crc32C.Compute(payload))
        {
            return false;
        }

        transactionId = BinaryPrimitives.ReadInt64LittleEndian(header[8..]);
        payloadLength = (int)length;
        return true;
    }
}
