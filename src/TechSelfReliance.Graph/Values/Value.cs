using System.Globalization;

namespace TechSelfReliance.Graph.Values;

/// <summary>
/// One Cypher value. Scalars (booleans, integers, floats, node and relationship ids) live in the struct
/// itself so that hot loops do not allocate; everything else is an immutable object behind a reference.
/// </summary>
public readonly struct Value
{
    private readonly object? _ref;
    private readonly long _bits;

    private Value(ValueKind kind, long bits, object? reference)
    {
        Kind = kind;
        _bits = bits;
        _ref = reference;
    }

    public ValueKind Kind { get; }

    public static Value Null => default;

    public static Value True { get; } = new(ValueKind.Boolean, 1, null);

    public static Value False { get; } = new(ValueKind.Boolean, 0, null);

    public bool IsNull => Kind == ValueKind.Null;

    public bool IsNumber => Kind is ValueKind.Integer or ValueKind.Float;

    public bool IsTemporal => Kind is ValueKind.Date or ValueKind.LocalTime or ValueKind.Time
        or ValueKind.LocalDateTime or ValueKind.DateTime or ValueKind.Duration;

    public static Value Boolean(bool value) => value ? True : False;

    public static Value Integer(long value) => new(ValueKind.Integer, value, null);

    public static Value Float(double value) => new(ValueKind.Float, BitConverter.DoubleToInt64Bits(value), null);

    public static Value String(string value) => new(ValueKind.String, 0, value ?? throw new ArgumentNullException(nameof(value)));

    public static Value List(ListValue value) => new(ValueKind.List, 0, value);

    public static Value List(params Value[] items) => new(ValueKind.List, 0, new ListValue(items));

    public static Value Map(MapValue value) => new(ValueKind.Map, 0, value);

    public static Value Node(long id) => new(ValueKind.Node, id, null);

    /// <summary>A node value that carries its content, so it can be read after its transaction is gone.</summary>
    public static Value Node(long id, NodeData data) => new(ValueKind.Node, id, data);

    public static Value Relationship(long id) => new(ValueKind.Relationship, id, null);

    /// <summary>A relationship value that carries its content, so it can be read after its transaction is gone.</summary>
    public static Value Relationship(long id, RelationshipData data) => new(ValueKind.Relationship, id, data);

    /// <summary>The detached content of a node value, when it has one.</summary>
    public NodeData? NodeContent => Kind == ValueKind.Node ? _ref as NodeData : null;

    /// <summary>The detached content of a relationship value, when it has one.</summary>
    public RelationshipData? RelationshipContent => Kind == ValueKind.Relationship ? _ref as RelationshipData : null;

    public static Value Path(PathValue value) => new(ValueKind.Path, 0, value);

    public static Value Date(CypherDate value) => new(ValueKind.Date, 0, value);

    public static Value LocalTime(CypherLocalTime value) => new(ValueKind.LocalTime, 0, value);

    public static Value Time(CypherTime value) => new(ValueKind.Time, 0, value);

    public static Value LocalDateTime(CypherLocalDateTime value) => new(ValueKind.LocalDateTime, 0, value);

    public static Value DateTime(CypherDateTime value) => new(ValueKind.DateTime, 0, value);

    public static Value Duration(CypherDuration value) => new(ValueKind.Duration, 0, value);

    public static Value Point(CypherPoint value) => new(ValueKind.Point, 0, value);

    public bool AsBoolean() => Expect(ValueKind.Boolean)._bits != 0;

    public long AsInteger() => Expect(ValueKind.Integer)._bits;

    public double AsFloat() => BitConverter.Int64BitsToDouble(Expect(ValueKind.Float)._bits);

    /// <summary>The numeric value as a double, for an integer or a float.</summary>
    public double AsNumber() => Kind == ValueKind.Integer ? _bits : AsFloat();

    public string AsString() => (string)Expect(ValueKind.String)._ref!;

    public ListValue AsList() => (ListValue)Expect(ValueKind.List)._ref!;

    public MapValue AsMap() => (MapValue)Expect(ValueKind.Map)._ref!;

    public long AsNodeId() => Expect(ValueKind.Node)._bits;

    public long AsRelationshipId() => Expect(ValueKind.Relationship)._bits;

    public PathValue AsPath() => (PathValue)Expect(ValueKind.Path)._ref!;

    public CypherDate AsDate() => (CypherDate)Expect(ValueKind.Date)._ref!;

    public CypherLocalTime AsLocalTime() => (CypherLocalTime)Expect(ValueKind.LocalTime)._ref!;

    public CypherTime AsTime() => (CypherTime)Expect(ValueKind.Time)._ref!;

    public CypherLocalDateTime AsLocalDateTime() => (CypherLocalDateTime)Expect(ValueKind.LocalDateTime)._ref!;

    public CypherDateTime AsDateTime() => (CypherDateTime)Expect(ValueKind.DateTime)._ref!;

    public CypherDuration AsDuration() => (CypherDuration)Expect(ValueKind.Duration)._ref!;

    public CypherPoint AsPoint() => (CypherPoint)Expect(ValueKind.Point)._ref!;

    /// <summary>The object behind a reference-kind value (string, list, map, path, temporal, point); null for scalars.</summary>
    public object? Reference => _ref;

    /// <summary>The raw 64 bits of a scalar value (boolean, integer, float bits, node or relationship id).</summary>
    public long RawBits => _bits;

    public override string ToString() => Kind switch
    {
        ValueKind.Null => "null",
        ValueKind.Boolean => _bits != 0 ? "true" : "false",
        ValueKind.Integer => _bits.ToString(CultureInfo.InvariantCulture),
        ValueKind.Float => AsFloat().ToString("R", CultureInfo.InvariantCulture),
        ValueKind.String => (string)_ref!,
        ValueKind.Node => $"Node({_bits})",
        ValueKind.Relationship => $"Relationship({_bits})",
        _ => _ref!.ToString() ?? string.Empty,
    };

    private Value Expect(ValueKind kind)
    {
        if (Kind != kind)
        {
            throw new InvalidCastException($"Expected a value of kind {kind} but found {Kind}.");
        }

        return this;
    }
}
