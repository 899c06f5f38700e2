namespace TechSelfReliance.Cypher.Functions;

/// <summary>
/// The scalar functions by lower-case qualified name, and the names of the aggregating ones.
/// Immutable after construction; safe for concurrent use.
/// </summary>
internal static class FunctionRegistry
{
    private static readonly Dictionary<string, FunctionDefinition> Functions = Build();

    private static readonly HashSet<string> AggregateNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "count", "sum", "avg", "min", "max", "collect", "stdev", "stdevp", "percentilecont", "percentiledisc",
    };

    public static bool IsAggregate(string name) => AggregateNames.Contains(name);

    public static bool TryGet(string name, out FunctionDefinition definition) =>
        Functions.TryGetValue(name.ToLowerInvariant(), out definition!);

    private static Dictionary<string, FunctionDefinition> Build()
    {
        var all = new Dictionary<string, FunctionDefinition>(StringComparer.Ordinal);
        foreach (var definition in GraphFunctions.All.Concat(ListFunctions.All).Concat(StringFunctions.All)
                     .Concat(MathFunctions.All).Concat(TemporalFunctions.All).Concat(OtherFunctions.All))
        {
            all[definition.Name.ToLowerInvariant()] = definition;
        }

        return all;
    }
}
