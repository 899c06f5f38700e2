using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Runtime.Operators;

/// <summary>Resolves relationship type names for one execution: null means "any type", empty means "none exists".</summary>
internal static class TypeIds
{
    public static int[]? Resolve(TokenReference[] types, QueryContext context)
    {
        if (types.Length == 0)
        {
            return null;
        }

        var ids = new List<int>(types.Length);
        foreach (var type in types)
        {
            var id = type.Resolve(context.Graph);
            if (id >= 0 && !ids.Contains(id))
            {
                ids.Add(id);
            }
        }

        return [.. ids];
    }

    public static bool Matches(int[]? typeIds, int type) => typeIds is null || Array.IndexOf(typeIds, type) >= 0;

    public static Value RelationshipList(List<int> relationships)
    {
        var items = new Value[relationships.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = Value.Relationship(relationships[i]);
        }

        return Value.List(new ListValue(items));
    }
}
