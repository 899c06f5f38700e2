using System.Globalization;

namespace TechSelfReliance.Graph.Values;

/// <summary>A spatial point in a coordinate reference system (7203 cartesian, 9157 cartesian-3d, 4326 WGS-84, 4979 WGS-84-3d).</summary>
public sealed record CypherPoint(int Srid, double X, double Y, double? Z)
{
    public string CrsName => Srid switch
    {
        7203 => "cartesian",
        9157 => "cartesian-3d",
        4326 => "wgs-84",
        4979 => "wgs-84-3d",
        _ => "unknown",
    };

    public bool IsGeographic => Srid is 4326 or 4979;

    public override string ToString()
    {
        static string F(double d) => d.ToString("0.0###############", CultureInfo.InvariantCulture);
        return IsGeographic
            ? Z is { } h ? $"point({{longitude: {F(X)}, latitude: {F(Y)}, height: {F(h)}, crs: '{CrsName}'}})" : $"point({{longitude: {F(X)}, latitude: {F(Y)}, crs: '{CrsName}'}})"
            : Z is { } z ? $"point({{x: {F(X)}, y: {F(Y)}, z: {F(z)}, crs: '{CrsName}'}})" : $"point({{x: {F(X)}, y: {F(Y)}, crs: '{CrsName}'}})";
    }
}
