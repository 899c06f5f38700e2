namespace TechSelfReliance.Bench;

/// <summary>The practical limit of the machine: outgoing adjacency as two plain <c>int[]</c> arrays.</summary>
internal sealed class CompressedSparseRow
{
    private readonly int[] _offsets;
    private readonly int[] _targets;

    private CompressedSparseRow(int[] offsets, int[] targets)
    {
        _offsets = offsets;
        _targets = targets;
    }

    public static CompressedSparseRow Build(SyntheticGraph graph)
    {
        var offsets = new int[graph.NodeCount + 1];
        foreach (var start in graph.Start)
        {
            offsets[start + 1]++;
        }

        for (var i = 0; i < graph.NodeCount; i++)
        {
            offsets[i + 1] += offsets[i];
        }

        var targets = new int[graph.Start.Length];
        var fill = (int[])offsets.Clone();
        for (var r = 0; r < graph.Start.Length; r++)
        {
            targets[fill[graph.Start[r]]++] = graph.End[r];
        }

        return new CompressedSparseRow(offsets, targets);
    }

    public long BreadthFirst(int source)
    {
        var nodes = _offsets.Length - 1;
        var visited = new bool[nodes];
        var queue = new int[nodes];
        int head = 0, tail = 0;
        long edges = 0;
        visited[source] = true;
        queue[tail++] = source;
        while (head < tail)
        {
            var node = queue[head++];
            for (var i = _offsets[node]; i < _offsets[node + 1]; i++)
            {
                edges++;
                var other = _targets[i];
                if (!visited[other])
                {
                    visited[other] = true;
                    queue[tail++] = other;
                }
            }
        }

        return edges;
    }
}
