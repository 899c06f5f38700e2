namespace TechSelfReliance.Graph.Import;

/// <summary>
/// A column of an import file, from its header cell in neo4j-admin style: <c>name:type</c> (type string,
/// long, int, double, float, boolean; string when omitted), or the special <c>:ID</c>, <c>:START_ID</c>,
/// <c>:END_ID</c> (an <c>id:ID</c> column is also kept as the property <c>id</c>).
/// </summary>
public sealed record CsvColumn(string Name, CsvColumnKind Kind, CsvValueType Type)
{
    public static CsvColumn Parse(string header)
    {
        var colon = header.LastIndexOf(':');
        var name = colon < 0 ? header : header[..colon];
        var suffix = colon < 0 ? "string" : header[(colon + 1)..].ToLowerInvariant();
        return suffix switch
        {
            "id" => new CsvColumn(name, CsvColumnKind.Id, CsvValueType.String),
            "start_id" => new CsvColumn(name, CsvColumnKind.StartId, CsvValueType.String),
            "end_id" => new CsvColumn(name, CsvColumnKind.EndId, CsvValueType.String),
            "string" => new CsvColumn(name, CsvColumnKind.Property, CsvValueType.String),
            "long" or "int" => new CsvColumn(name, CsvColumnKind.Property, CsvValueType.Integer),
            "double" or "float" => new CsvColumn(name, CsvColumnKind.Property, CsvValueType.Float),
            "boolean" => new CsvColumn(name, CsvColumnKind.Property, CsvValueType.Boolean),
            _ => throw new FormatException($"Column '{header}' has an unknown type '{suffix}'; use string, long, int, double, float, boolean, ID, START_ID or END_ID."),
        };
    }
}

public enum CsvColumnKind
{
    Property,
    Id,
    StartId,
    EndId,
}

public enum CsvValueType
{
    String,
    Integer,
    Float,
    Boolean,
}
