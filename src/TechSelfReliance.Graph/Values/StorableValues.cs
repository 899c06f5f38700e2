namespace TechSelfReliance.Graph.Values;

/// <summary>Which values a property may hold: no nulls inside lists, no maps, no nested or mixed lists, no graph elements.</summary>
public static class StorableValues
{
    /// <summary>Null when the value may be stored; otherwise the reason it may not.</summary>
    public static string? Check(Value value)
    {
        switch (value.Kind)
        {
            case ValueKind.Boolean or ValueKind.Integer or ValueKind.Float or ValueKind.String
                or ValueKind.Date or ValueKind.LocalTime or ValueKind.Time or ValueKind.LocalDateTime
                or ValueKind.DateTime or ValueKind.Duration or ValueKind.Point:
                return null;
            case ValueKind.List:
                var list = value.AsList();
                ValueKind? elementKind = null;
                foreach (var item in list.Items)
                {
                    if (item.Kind is ValueKind.List or ValueKind.Map or ValueKind.Null or ValueKind.Node or ValueKind.Relationship or ValueKind.Path)
                    {
                        return $"a list property may hold only simple values of one type, not {Describe(item.Kind)}";
                    }

                    if (elementKind is { } kind && kind != item.Kind)
                    {
                        return $"a list property must hold values of one type, but this one mixes {Describe(kind)} and {Describe(item.Kind)}";
                    }

                    elementKind = item.Kind;
                }

                return null;
            default:
                return $"a property cannot hold {Describe(value.Kind)}";
        }
    }

    private static string Describe(ValueKind kind) => kind switch
    {
        ValueKind.Null => "null",
        ValueKind.Map => "a map",
        ValueKind.List => "a list",
        ValueKind.Node => "a node",
        ValueKind.Relationship => "a relationship",
        ValueKind.Path => "a path",
        _ => kind.ToString(),
    };
}
