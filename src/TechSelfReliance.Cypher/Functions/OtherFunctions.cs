using TechSelfReliance.Cypher.Errors;
using TechSelfReliance.Cypher.Runtime.Values;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Functions;

/// <summary>Conversions, spatial points and the remaining utility functions.</summary>
internal static class OtherFunctions
{
    public static IEnumerable<FunctionDefinition> All =>
    [
        new("toInteger", 1, 1, (a, c) => Conversions.ToInteger(a[0])),
        new("toFloat", 1, 1, (a, c) => Conversions.ToFloat(a[0])),
        new("toBoolean", 1, 1, (a, c) => Conversions.ToBoolean(a[0])),
        new("toIntegerOrNull", 1, 1, (a, c) => OrNull(() => Conversions.ToInteger(a[0]))),
        new("toFloatOrNull", 1, 1, (a, c) => OrNull(() => Conversions.ToFloat(a[0]))),
        new("toBooleanOrNull", 1, 1, (a, c) => OrNull(() => Conversions.ToBoolean(a[0]))),
        new("toIntegerList", 1, 1, (a, c) => ListOf(a[0], "toIntegerList", v => OrNull(() => Conversions.ToInteger(v)))),
        new("toFloatList", 1, 1, (a, c) => ListOf(a[0], "toFloatList", v => OrNull(() => Conversions.ToFloat(v)))),
        new("toBooleanList", 1, 1, (a, c) => ListOf(a[0], "toBooleanList", v => OrNull(() => Conversions.ToBoolean(v)))),
        new("toStringList", 1, 1, (a, c) => ListOf(a[0], "toStringList", v => OrNull(() => Conversions.ToStringValue(v)))),
        new("timestamp", 0, 0, (a, c) => Value.Integer(c.StatementTime.ToUnixTimeMilliseconds())),
        new("randomUUID", 0, 0, (a, c) => Value.String(Guid.NewGuid().ToString())),
        new("valueType", 1, 1, (a, c) => Value.String(a[0].IsNull ? "NULL" : CypherTypeNames.Of(a[0]) + " NOT NULL")),
        new("point", 1, 1, (a, c) => a[0].IsNull ? Value.Null : Point(a[0])),
        new("distance", 2, 2, (a, c) => Distance(a[0], a[1])),
        new("point.distance", 2, 2, (a, c) => Distance(a[0], a[1])),
    ];

    private static Value OrNull(Func<Value> convert)
    {
        try
        {
            return convert();
        }
        catch (CypherException)
        {
            return Value.Null;
        }
    }

    private static Value ListOf(Value list, string name, Func<Value, Value> convert) =>
        list.IsNull ? Value.Null : Value.List(new ListValue(Arguments.List(name, list).Items.ToArray().Select(convert)));

    private static Value Point(Value map)
    {
        if (map.Kind != ValueKind.Map)
        {
            throw Arguments.WrongType("point", map);
        }

        var m = map.AsMap();
        double? Number(string key) => m.TryGet(key, out var v) && !v.IsNull ? Arguments.Number("point", v) : null;
        var crs = m.TryGet("crs", out var crsValue) && !crsValue.IsNull ? crsValue.AsString().ToLowerInvariant() : null;
        if (Number("longitude") is { } longitude && Number("latitude") is { } latitude)
        {
            var height = Number("height") ?? Number("z");
            return Value.Point(new CypherPoint(height is null ? 4326 : 4979, longitude, latitude, height));
        }

        if (Number("x") is { } x && Number("y") is { } y)
        {
            var z = Number("z");
            var geographic = crs is "wgs-84" or "wgs-84-3d";
            return Value.Point(new CypherPoint(geographic ? (z is null ? 4326 : 4979) : (z is null ? 7203 : 9157), x, y, z));
        }

        throw CypherException.Argument("InvalidArgumentValue", "point() needs x and y, or longitude and latitude.");
    }

    private static Value Distance(Value a, Value b)
    {
        if (a.IsNull || b.IsNull)
        {
            return Value.Null;
        }

        if (a.Kind != ValueKind.Point || b.Kind != ValueKind.Point)
        {
            throw Arguments.WrongType("distance", a.Kind != ValueKind.Point ? a : b);
        }

        var p = a.AsPoint();
        var q = b.AsPoint();
        if (p.Srid != q.Srid)
        {
            return Value.Null;
        }

        if (p.IsGeographic)
        {
            const double EarthRadius = 6_378_140.0;
            var lat1 = p.Y * Math.PI / 180;
            var lat2 = q.Y * Math.PI / 180;
            var dLat = lat2 - lat1;
            var dLon = (q.X - p.X) * Math.PI / 180;
            var h = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2)) + (Math.Cos(lat1) * Math.Cos(lat2) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
            return Value.Float(2 * EarthRadius * Math.Asin(Math.Sqrt(h)));
        }

        var dz = (p.Z ?? 0) - (q.Z ?? 0);
        return Value.Float(Math.Sqrt(((p.X - q.X) * (p.X - q.X)) + ((p.Y - q.Y) * (p.Y - q.Y)) + (dz * dz)));
    }
}
