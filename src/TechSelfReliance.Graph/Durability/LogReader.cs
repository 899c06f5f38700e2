using System.Buffers.Binary;

namespace TechSelfReliance.Graph.Durability;

/// <summary>
/// Reads a write-ahead log back. An invalid record with no valid record after it is a torn tail from a crash
/// and is dropped; an invalid record followed by a valid one is damage, and opening stops with an error
/// rather than silently loading only a prefix of the committed history.
/// </summary>
internal static class LogReader
{
    public static LogReadResult Read(byte[] file, string path)
    {
        if (file.Length < LogFormat.FileHeaderLength)
        {
            return new LogReadResult(Guid.Empty, [], 0, file.Length > 0);
        }

        var header = file.AsSpan(0, LogFormat.FileHeaderLength);
        if (!header[..8].SequenceEqual(LogFormat.FileMagic)
            || BinaryPrimitives.ReadUInt32LittleEndian(header[24..]) != Crc32C.Compute(header[..24]))
        {
            throw new StoreCorruptedException($"The log '{path}' has a damaged header.");
        }

        var storeId = new Guid(header.Slice(8, 16));
        var records = new List<LogRecord>();
        long offset = LogFormat.FileHeaderLength;
        long previous = 0;
        while (offset < file.Length)
        {
            if (LogFormat.TryReadRecord(file, offset, out var transactionId, out var length))
            {
                if (transactionId <= previous)
                {
                    throw new StoreCorruptedException($"The log '{path}' has transaction {transactionId} after {previous} at offset {offset}.");
                }

                var end = offset + LogFormat.RecordHeaderLength + length;
                records.Add(new LogRecord(transactionId, file.AsMemory((int)(offset + LogFormat.RecordHeaderLength), length), end));
                previous = transactionId;
                offset = end;
                continue;
            }

            var later = FindValidRecordAfter(file, offset + 1);
            if (later >= 0)
            {
                throw new StoreCorruptedException(
                    $"The log '{path}' is damaged at offset {offset}: the record there is invalid but a valid record follows at offset {later}. " +
                    "Refusing to open: committed transactions would be lost. Restore the data folder from a backup.");
            }

            return new LogReadResult(storeId, records, offset, TornTail: true);
        }

        return new LogReadResult(storeId, records, offset, TornTail: false);
    }

    private static long FindValidRecordAfter(byte[] file, long start)
    {
        for (var offset = start; offset + LogFormat.RecordHeaderLength <= file.Length; offset++)
        {
            if (file[offset] == (byte)(LogFormat.RecordMagic & 0xFF) && LogFormat.TryReadRecord(file, offset, out _, out _))
            {
                return offset;
            }
        }

        return -1;
    }
}
