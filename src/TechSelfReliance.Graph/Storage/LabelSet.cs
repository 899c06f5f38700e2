namespace TechSelfReliance.Graph.Storage;

/// <summary>An immutable, sorted set of label ids. Instances are interned per store, so most nodes share one.</summary>
public sealed class LabelSet
{
    private readonly int[] _labels;

    internal LabelSet(int[] sortedLabels) => _labels = sortedLabels;

    public static LabelSet Empty { get; } = new(Array.Empty<int>());

    public int Count => _labels.Length;

    public ReadOnlySpan<int> Items => _labels;

    public int this[int index] => _labels[index];

    public bool Contains(int label) => Array.BinarySearch(_labels, label) >= 0;

    internal int[] ToArrayWith(int label)
    {
        var position = Array.BinarySearch(_labels, label);
        if (position >= 0)
        {
            return _labels;
        }

        position = ~position;
        var result = new int[_labels.Length + 1];
        Array.Copy(_labels, result, position);
        result[position] = label;
        Array.Copy(_labels, position, result, position + 1, _labels.Length - position);
        return result;
    }

    internal int[] ToArrayWithout(int label) => _labels.Where(l => l != label).ToArray();

    internal string Key => string.Join(',', _labels);
}
