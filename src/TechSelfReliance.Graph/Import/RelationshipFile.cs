using TechSelfReliance.Graph.Transactions;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Graph.Import;

/// <summary>
/// A relationship file whose header was read and whose tokens exist. <see cref="ReadChunks"/> scans its rows
/// in order (checking their shape); <see cref="Resolve"/> turns a chunk into a batch of relationships and only
/// reads shared state (the id map), so chunks resolve in parallel. Reading is not thread-safe.
/// </summary>
internal sealed class RelationshipFile(StreamReader file, CsvReader reader, string path, CsvColumn[] columns, int[] keys, int type, int start, int end) : IDisposable
{
    public IEnumerable<RecordChunk> ReadChunks(int recordsPerChunk)
    {
        if (columns.Length == 0)
        {
            yield break;
        }

        var builder = new RecordChunk.Builder(columns.Length, recordsPerChunk);
        while (reader.TryReadRow(columns.Length, path))
        {
            builder.Add(reader, reader.Line);
            if (builder.Count == recordsPerChunk)
            {
                yield return builder.Build();
            }
        }

        if (builder.Count > 0)
        {
            yield return builder.Build();
        }
    }

    public RelationshipBatch Resolve(RecordChunk chunk, Dictionary<string, long> ids)
    {
        var batch = new RelationshipBatch(chunk.Count);
        var lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        var hasProperties = keys.Any(k => k >= 0);
        var values = new List<KeyValuePair<int, Value>>(columns.Length);
        for (var record = 0; record < chunk.Count; record++)
        {
            if (!lookup.TryGetValue(chunk.Field(record, start), out var from) || !lookup.TryGetValue(chunk.Field(record, end), out var to))
            {
                var missing = lookup.ContainsKey(chunk.Field(record, start)) ? chunk.Field(record, end) : chunk.Field(record, start);
                throw new FormatException($"{path}, line {chunk.Line(record)}: no node has the id '{missing}'.");
            }

            KeyValuePair<int, Value>[]? properties = null;
            if (hasProperties)
            {
                values.Clear();
                for (var i = 0; i < columns.Length; i++)
                {
                    if (keys[i] >= 0 && !chunk.Field(record, i).IsEmpty)
                    {
                        values.Add(new(keys[i], CsvValues.Convert(chunk.Field(record, i).ToString(), columns[i].Type, path, chunk.Line(record))));
                    }
                }

                properties = values.Count == 0 ? null : [.. values];
            }

            batch.Add(type, from, to, properties);
        }

        return batch;
    }

    public void Dispose() => file.Dispose();
}
