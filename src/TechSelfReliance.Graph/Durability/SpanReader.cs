using System.Buffers.Binary;
using System.Text;

namespace TechSelfReliance.Graph.Durability;

/// <summary>Reads the formats <see cref="ByteBuffer"/> writes. Running past the end means the data is damaged.</summary>
internal ref struct SpanReader
{
    private readonly ReadOnlySpan<byte> _data;

    public SpanReader(ReadOnlySpan<byte> data)
    {
        _data = data;
        Position = 0;
    }

    public int Position { get; private set; }

    public readonly bool AtEnd => Position >= _data.Length;

    public byte ReadByte()
    {
        Require(1);
        return _data[Position++];
    }

    public uint ReadUInt32()
    {
        Require(4);
        var value = BinaryPrimitives.ReadUInt32LittleEndian(_data[Position..]);
        Position += 4;
        return value;
    }

    public long ReadInt64()
    {
        Require(8);
        var value = BinaryPrimitives.ReadInt64LittleEndian(_data[Position..]);
        Position += 8;
        return value;
    }

    public double ReadDouble() => BitConverter.Int64BitsToDouble(ReadInt64());

    public ulong ReadVarUInt()
    {
        ulong result = 0;
        for (var shift = 0; shift < 70; shift += 7)
        {
            var b = ReadByte();
            result |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return result;
            }
        }

        throw new StoreCorruptedException("A variable-length number is longer than 10 bytes.");
    }

    public long ReadVarInt()
    {
        var raw = ReadVarUInt();
        return (long)(raw >> 1) ^ -(long)(raw & 1);
    }

    public int ReadVarInt32()
    {
        var value = ReadVarUInt();
        return value > int.MaxValue ? throw new StoreCorruptedException($"Number {value} is out of range.") : (int)value;
    }

    public string ReadString()
    {
        var length = ReadVarInt32();
        Require(length);
        var text = Encoding.UTF8.GetString(_data.Slice(Position, length));
        Position += length;
        return text;
    }

    private readonly void Require(int count)
    {
        if (count < 0 || Position + count > _data.Length)
        {
            throw new StoreCorruptedException($"Record ends early: needed {count} more bytes at offset {Position} of {_data.Length}.");
        }
    }
}
