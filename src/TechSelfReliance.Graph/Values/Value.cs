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

    public bool AsBoolean() => Kind == ValueKind.Boolean ? _bits != 0 : throw WrongKind(ValueKind.Boolean);

    public long AsInteger() => Kind == ValueKind.Integer ? _bits : throw WrongKind(ValueKind.Integer);

    public double AsFloat() => Kind == ValueKind.Float ? BitConverter.Int64BitsToDouble(_bits) : throw WrongKind(ValueKind.Float);

    /// <summary>The numeric value as a double, for an integer or a float.</summary>
    public double AsNumber() => Kind == ValueKind.Integer ? _bits : AsFloat();

    public string AsString() => Kind == ValueKind.String ? (string)_ref! : throw WrongKind(ValueKind.String);

    public ListValue AsList() => Kind == ValueKind.List ? (ListValue)_ref! : throw WrongKind(ValueKind.List);

    public MapValue AsMap() => Kind == ValueKind.Map ? (MapValue)_ref! : throw WrongKind(ValueKind.Map);

    public long AsNodeId() => Kind == ValueKind.Node ? _bits : throw WrongKind(ValueKind.Node);

    public long AsRelationshipId() => Kind == ValueKind.Relationship ? _bits : throw WrongKind(ValueKind.Relationship);

    public PathValue AsPath() => Kind == ValueKind.Path ? (PathValue)_ref! : throw WrongKind(ValueKind.Path);

    public CypherDate AsDate() => Kind == ValueKind.Date ? (CypherDate)_ref! : throw WrongKind(ValueKind.Date);

    public CypherLocalTime AsLocalTime() => Kind == ValueKind.LocalTime ? (CypherLocalTime)_ref! : throw WrongKind(ValueKind.LocalTime);

    public CypherTime AsTime() => Kind == ValueKind.Time ? (CypherTime)_ref! : throw WrongKind(ValueKind.Time);

    public CypherLocalDateTime AsLocalDateTime() => Kind == ValueKind.LocalDateTime ? (CypherLocalDateTime)_ref! : throw WrongKind(ValueKind.LocalDateTime);

    public CypherDateTime AsDateTime() => Kind == ValueKind.DateTime ? (CypherDateTime)_ref! : throw WrongKind(ValueKind.DateTime);

    public CypherDuration AsDuration() => Kind == ValueKind.Duration ? (CypherDuration)_ref! : throw WrongKind(ValueKind.Duration);

    public CypherPoint AsPoint() => Kind == ValueKind.Point ? (CypherPoint)_ref! : throw WrongKind(ValueKind.Point);

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

    // kept out of the accessors so that they stay small enough to inline
    private InvalidCastException WrongKind(ValueKind expected) => new($"Expected a value of kind {expected} but found {Kind}.");
}
