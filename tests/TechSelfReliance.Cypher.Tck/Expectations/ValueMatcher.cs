using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Tck.Expectations;

/// <summary>Decides whether an actual value is the value the TCK expects.</summary>
internal static class ValueMatcher
{
    public static bool Matches(Value actual, TckValue expected, bool ignoreListOrder)
    {
        switch (expected)
        {
            case TckValue.Null:
                return actual.IsNull;
            case TckValue.Boolean b:
                return actual.Kind == ValueKind.Boolean && actual.AsBoolean() == b.Value;
            case TckValue.Integer i:
                return actual.Kind == ValueKind.Integer && actual.AsInteger() == i.Value;
            case TckValue.Float f:
                if (actual.Kind != ValueKind.Float)
                {
                    return false;
                }

                var a = actual.AsFloat();
                if (double.IsNaN(f.Value) || double.IsNaN(a))
                {
                    return double.IsNaN(f.Value) && double.IsNaN(a);
                }

                return a.Equals(f.Value) || Math.Abs(a - f.Value) <= 1e-12 * Math.Max(1, Math.Abs(f.Value));
            case TckValue.String s:
                return actual.Kind switch
                {
                    ValueKind.String => actual.AsString() == s.Value,
                    ValueKind.Date or ValueKind.LocalTime or ValueKind.Time or ValueKind.LocalDateTime or ValueKind.DateTime or ValueKind.Duration or ValueKind.Point
                        => actual.Reference!.ToString() == s.Value,
                    _ => false,
                };
            case TckValue.List list:
                return actual.Kind == ValueKind.List && ListsMatch(actual.AsList().Items.ToArray(), list.Items, ignoreListOrder);
            case TckValue.Map map:
                return actual.Kind == ValueKind.Map && MapMatches(actual.AsMap(), map.Entries, ignoreListOrder);
            case TckValue.Node node:
                return actual.NodeContent is { } content
                    && content.Labels.Order(StringComparer.Ordinal).SequenceEqual(node.Labels.Order(StringComparer.Ordinal))
                    && MapMatches(content.Properties, node.Properties, ignoreListOrder);
            case TckValue.Relationship relationship:
                return actual.RelationshipContent is { } content2 && content2.Type == relationship.Type && MapMatches(content2.Properties, relationship.Properties, ignoreListOrder);
            case TckValue.Path path:
                if (actual.Kind != ValueKind.Path)
                {
                    return false;
                }

                var p = actual.AsPath();
                if (p.Nodes.Length != path.Nodes.Count || p.Relationships.Length != path.Relationships.Count)
                {
                    return false;
                }

                for (var i = 0; i < p.Nodes.Length; i++)
                {
                    if (!Matches(p.Nodes[i], path.Nodes[i], ignoreListOrder))
                    {
                        return false;
                    }
                }

                for (var i = 0; i < p.Relationships.Length; i++)
                {
                    var data = p.Relationships[i].RelationshipContent;
                    if (data is null || !Matches(p.Relationships[i], path.Relationships[i], ignoreListOrder))
                    {
                        return false;
                    }

                    var forward = data.StartId == p.Nodes[i].RawBits && data.EndId == p.Nodes[i + 1].RawBits;
                    var backward = data.EndId == p.Nodes[i].RawBits && data.StartId == p.Nodes[i + 1].RawBits;
                    if (path.Forward[i] ? !forward : !backward)
                    {
                        return false;
                    }
                }

                return true;
            default:
                return false;
        }
    }

    private static bool MapMatches(MapValue actual, IReadOnlyDictionary<string, TckValue> expected, bool ignoreListOrder)
    {
        if (actual.Count != expected.Count)
        {
            return false;
        }

        foreach (var (key, value) in expected)
        {
            if (!actual.TryGet(key, out var item) || !Matches(item, value, ignoreListOrder))
            {
                return false;
            }
        }

        return true;
    }

    private static bool ListsMatch(Value[] actual, IReadOnlyList<TckValue> expected, bool ignoreOrder)
    {
        if (actual.Length != expected.Count)
        {
            return false;
        }

        if (!ignoreOrder)
        {
            for (var i = 0; i < actual.Length; i++)
            {
                if (!Matches(actual[i], expected[i], ignoreOrder))
                {
                    return false;
                }
            }

            return true;
        }

        return BagMatches(actual, expected, (a, e) => Matches(a, e, ignoreOrder));
    }

    /// <summary>True when every actual item can be paired with a distinct expected item.</summary>
    public static bool BagMatches<TActual, TExpected>(IReadOnlyList<TActual> actual, IReadOnlyList<TExpected> expected, Func<TActual, TExpected, bool> matches)
    {
        if (actual.Count != expected.Count)
        {
            return false;
        }

        var used = new bool[expected.Count];
        foreach (var item in actual)
        {
            var found = false;
            for (var j = 0; j < expected.Count; j++)
            {
                if (!used[j] && matches(item, expected[j]))
                {
                    used[j] = true;
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Turns an expected value used as a parameter into a value.</summary>
    public static Value ToValue(TckValue value) => value switch
    {
        TckValue.Null => Value.Null,
        TckValue.Boolean b => Value.Boolean(b.Value),
        TckValue.Integer i => Value.Integer(i.Value),
        TckValue.Float f => Value.Float(f.Value),
        TckValue.String s => Value.String(s.Value),
        TckValue.List l => Value.List(new ListValue(l.Items.Select(ToValue))),
        TckValue.Map m => Value.Map(new MapValue(m.Entries.Select(e => new KeyValuePair<string, Value>(e.Key, ToValue(e.Value))))),
        _ => throw new FormatException($"{value} cannot be a parameter."),
    };
}
