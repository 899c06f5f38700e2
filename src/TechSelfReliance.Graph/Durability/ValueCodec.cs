using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Graph.Durability;

/// <summary>Binary form of storable values in the log and the snapshot: a tag byte, then the payload.</summary>
internal static class ValueCodec
{
    private const byte False = 1;
    private const byte True = 2;
    private const byte Integer = 3;
    private const byte Float = 4;
    private const byte String = 5;
    private const byte List = 6;
    private const byte Date = 7;
    private const byte LocalTime = 8;
    private const byte Time = 9;
    private const byte LocalDateTime = 10;
    private const byte DateTime = 11;
    private const byte Duration = 12;
    private const byte Point = 13;

    public static void Write(ByteBuffer buffer, Value value)
    {
        switch (value.Kind)
        {
            case ValueKind.Boolean:
                buffer.WriteByte(value.AsBoolean() ? True : False);
                break;
            case ValueKind.Integer:
                buffer.WriteByte(Integer);
                buffer.WriteVarInt(value.AsInteger());
                break;
            case ValueKind.Float:
                buffer.WriteByte(Float);
                buffer.WriteDouble(value.AsFloat());
                break;
            case ValueKind.String:
                buffer.WriteByte(String);
                buffer.WriteString(value.AsString());
                break;
            case ValueKind.List:
                buffer.WriteByte(List);
                var list = value.AsList();
                buffer.WriteVarUInt((ulong)list.Count);
                foreach (var item in list.Items)
                {
                    Write(buffer, item);
                }

                break;
            case ValueKind.Date:
                buffer.WriteByte(Date);
                buffer.WriteVarInt(value.AsDate().EpochDay);
                break;
            case ValueKind.LocalTime:
                buffer.WriteByte(LocalTime);
                buffer.WriteVarInt(value.AsLocalTime().NanoOfDay);
                break;
            case ValueKind.Time:
                buffer.WriteByte(Time);
                buffer.WriteVarInt(value.AsTime().NanoOfDay);
                buffer.WriteVarInt(value.AsTime().OffsetSeconds);
                break;
            case ValueKind.LocalDateTime:
                buffer.WriteByte(LocalDateTime);
                buffer.WriteVarInt(value.AsLocalDateTime().EpochDay);
                buffer.WriteVarInt(value.AsLocalDateTime().NanoOfDay);
                break;
            case ValueKind.DateTime:
                var dateTime = value.AsDateTime();
                buffer.WriteByte(DateTime);
                buffer.WriteVarInt(dateTime.Local.EpochDay);
                buffer.WriteVarInt(dateTime.Local.NanoOfDay);
                buffer.WriteVarInt(dateTime.OffsetSeconds);
                buffer.WriteString(dateTime.ZoneId ?? string.Empty);
                break;
            case ValueKind.Duration:
                var duration = value.AsDuration();
                buffer.WriteByte(Duration);
                buffer.WriteVarInt(duration.Months);
                buffer.WriteVarInt(duration.Days);
                buffer.WriteVarInt(duration.Seconds);
                buffer.WriteVarInt(duration.Nanos);
                break;
            case ValueKind.Point:
                var point = value.AsPoint();
                buffer.WriteByte(Point);
                buffer.WriteVarInt(point.Srid);
                buffer.WriteDouble(point.X);
                buffer.WriteDouble(point.Y);
                buffer.WriteByte(point.Z.HasValue ? (byte)1 : (byte)0);
                if (point.Z is { } z)
                {
                    buffer.WriteDouble(z);
                }

                break;
            default:
                throw new ArgumentException($"A {value.Kind} cannot be stored.", nameof(value));
        }
    }

    public static Value Read(ref SpanReader reader)
    {
        var tag = reader.ReadByte();
        switch (tag)
        {
            case False:
                return Value.False;
            case True:
                return Value.True;
            case Integer:
                return Value.Integer(reader.ReadVarInt());
            case Float:
                return Value.Float(reader.ReadDouble());
            case String:
                return Value.String(reader.ReadString());
            case List:
                var count = reader.ReadVarInt32();
                var items = new Value[count];
                for (var i = 0; i < count; i++)
                {
                    items[i] = Read(ref reader);
                }

                return Value.List(new ListValue(items));
            case Date:
                return Value.Date(new CypherDate(reader.ReadVarInt()));
            case LocalTime:
                return Value.LocalTime(new CypherLocalTime(reader.ReadVarInt()));
            case Time:
                return Value.Time(new CypherTime(reader.ReadVarInt(), (int)reader.ReadVarInt()));
            case LocalDateTime:
                return Value.LocalDateTime(new CypherLocalDateTime(reader.ReadVarInt(), reader.ReadVarInt()));
            case DateTime:
                var local = new CypherLocalDateTime(reader.ReadVarInt(), reader.ReadVarInt());
                var offset = (int)reader.ReadVarInt();
                var zone = reader.ReadString();
                return Value.DateTime(new CypherDateTime(local, offset, zone.Length == 0 ? null : zone));
            case Duration:
                return Value.Duration(new CypherDuration(reader.ReadVarInt(), reader.ReadVarInt(), reader.ReadVarInt(), reader.ReadVarInt()));
            case Point:
                var srid = (int)reader.ReadVarInt();
                var x = reader.ReadDouble();
                var y = reader.ReadDouble();
                double? pointZ = reader.ReadByte() == 1 ? reader.ReadDouble() : null;
                return Value.Point(new CypherPoint(srid, x, y, pointZ));
            default:
                throw new StoreCorruptedException($"Unknown value tag {tag}.");
        }
    }
}
