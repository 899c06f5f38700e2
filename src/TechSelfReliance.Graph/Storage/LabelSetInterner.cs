using System.Collections.Concurrent;

namespace TechSelfReliance.Graph.Storage;

/// <summary>Shares one <see cref="LabelSet"/> instance per distinct combination of labels. Thread-safe.</summary>
internal sealed class LabelSetInterner
{
    private readonly ConcurrentDictionary<string, LabelSet> _sets = new(StringComparer.Ordinal);

    public LabelSet Intern(int[] labels)
    {
        if (labels.Length == 0)
        {
            return LabelSet.Empty;
        }

        var sorted = labels.Distinct().Order().ToArray();
        var key = string.Join(',', sorted);
        return _sets.GetOrAdd(key, _ => new LabelSet(sorted));
    }

    public LabelSet With(LabelSet set, int label) => set.Contains(label) ? set : Intern(set.ToArrayWith(label));

    public LabelSet Without(LabelSet set, int label) => set.Contains(label) ? Intern(set.ToArrayWithout(label)) : set;
}
