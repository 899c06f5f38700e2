using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;
using TechSelfReliance.Graph.Transactions;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Graph.Import;

/// <summary>
/// Loads a graph from CSV files (neo4j-admin style headers, see <see cref="CsvColumn"/>) straight into the
/// store, bypassing Cypher, by default as one unlogged transaction per file (batches would only make the
/// copy-on-write versions copy what earlier batches wrote): one file per label of nodes, one per type of relationships.
/// Node ids are one space across all node files. Each labelled id gets an index, so lookups by id are seeks.
/// A malformed file fails the import with the file and line, and the store is left as it was.
/// Not thread-safe: one import at a time per store (it uses a second thread of its own to parse).
/// </summary>
public sealed class CsvBulkImporter(GraphStore store, int batchSize = int.MaxValue)
{
    private readonly Dictionary<string, long> _ids = new(StringComparer.Ordinal);

    private BulkSession? _session;

    /// <summary>Imports the files as one bulk load (see <see cref="GraphStore.BulkLoad"/>): durable at the end, all or nothing.</summary>
    public ImportReport Import(IEnumerable<(string Path, string Label)> nodeFiles, IEnumerable<(string Path, string Type)> relationshipFiles)
    {
        ImportReport? report = null;
        store.BulkLoad(session =>
        {
            _session = session;
            try
            {
                report = ImportFiles(nodeFiles, relationshipFiles);
                _tx?.Commit();
            }
            finally
            {
                _tx?.Dispose();
                _tx = null;
                _session = null;
            }
        });
        return report!;
    }

    private WriteTransaction? _tx;
    private long _sinceCommit;

    /// <summary>The open transaction of the load, committed and renewed after every <c>batchSize</c> elements.</summary>
    private WriteTransaction Current()
    {
        if (_tx is null || _sinceCommit >= batchSize)
        {
            _tx?.Commit();
            _tx = _session!.BeginBatch();
            _sinceCommit = 0;
        }

        return _tx;
    }

    private ImportReport ImportFiles(IEnumerable<(string Path, string Label)> nodeFiles, IEnumerable<(string Path, string Type)> relationshipFiles)
    {
        var watch = Stopwatch.StartNew();
        long nodes = 0, relationships = 0, properties = 0;
        var indexed = new List<(int Label, int Key)>();
        foreach (var (path, label) in nodeFiles)
        {
            var (count, props, labelToken, idKey) = ImportNodes(path, label);
            nodes += count;
            properties += props;
            if (idKey >= 0)
            {
                indexed.Add((labelToken, idKey));
            }
        }

        foreach (var (path, type) in relationshipFiles)
        {
            var (count, props) = ImportRelationships(path, type);
            relationships += count;
            properties += props;
        }

        foreach (var (label, key) in indexed)
        {
            Current().CreateIndex(null, label, key);
        }

        return new ImportReport(nodes, relationships, properties, watch.Elapsed);
    }

    private (long Count, long Properties, int Label, int IdKey) ImportNodes(string path, string label)
    {
        using var file = new StreamReader(path);
        var reader = new CsvReader(file);
        var fields = new List<string>();
        if (!reader.TryRead(fields))
        {
            return (0, 0, -1, -1);
        }

        var columns = fields.Select(CsvColumn.Parse).ToArray();
        int labelToken;
        int[] keys;
        var setup = Current();
        labelToken = setup.GetOrCreateLabel(label);
        keys = columns.Select(c => c.Kind is CsvColumnKind.Property or CsvColumnKind.Id ? setup.GetOrCreatePropertyKey(c.Kind == CsvColumnKind.Id && c.Name.Length == 0 ? "id" : c.Name) : -1).ToArray();

        var idColumn = Array.FindIndex(columns, c => c.Kind == CsvColumnKind.Id);
        long count = 0, properties = 0;
        var line = 1;
        var values = new List<KeyValuePair<int, Value>>(columns.Length);
        while (reader.TryRead(fields))
        {
            line++;
            if (fields.Count == 1 && fields[0].Length == 0)
            {
                continue;
            }

            if (fields.Count != columns.Length)
            {
                throw new FormatException($"{path}, line {line}: {fields.Count} fields where the header has {columns.Length}.");
            }

            values.Clear();
            for (var i = 0; i < columns.Length; i++)
            {
                if (keys[i] >= 0 && fields[i].Length > 0)
                {
                    values.Add(new(keys[i], Convert(fields[i], columns[i].Type, path, line)));
                }
            }

            var id = Current().CreateNode([labelToken], values);
            _sinceCommit++;
            if (idColumn >= 0 && !_ids.TryAdd(fields[idColumn], id))
            {
                throw new FormatException($"{path}, line {line}: the id '{fields[idColumn]}' is used twice.");
            }

            properties += values.Count;
            count++;
        }

        return (count, properties, labelToken, idColumn >= 0 ? keys[idColumn] : -1);
    }

    /// <summary>
    /// Relationships are parsed and their ends resolved on a second thread while this one writes them, so
    /// reading the file and building the store overlap.
    /// </summary>
    private (long Count, long Properties) ImportRelationships(string path, string type)
    {
        using var file = new StreamReader(path);
        var reader = new CsvReader(file);
        var fields = new List<string>();
        if (!reader.TryRead(fields))
        {
            return (0, 0);
        }

        var columns = fields.Select(CsvColumn.Parse).ToArray();
        var start = Array.FindIndex(columns, c => c.Kind == CsvColumnKind.StartId);
        var end = Array.FindIndex(columns, c => c.Kind == CsvColumnKind.EndId);
        if (start < 0 || end < 0)
        {
            throw new FormatException($"{path}: a relationship file needs :START_ID and :END_ID columns.");
        }

        int typeToken;
        int[] keys;
        var setup = Current();
        typeToken = setup.GetOrCreateRelationshipType(type);
        keys = columns.Select(c => c.Kind == CsvColumnKind.Property ? setup.GetOrCreatePropertyKey(c.Name) : -1).ToArray();

        var batches = Channel.CreateBounded<PendingRelationship[]>(new BoundedChannelOptions(4) { SingleReader = true, SingleWriter = true });
        using var stop = new CancellationTokenSource();
        var parser = Task.Run(() => ParseRelationships(reader, path, columns, keys, start, end, batches.Writer, stop.Token));
        long count = 0, properties = 0;
        try
        {
            while (batches.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
            {
                while (batches.Reader.TryRead(out var batch))
                {
                    foreach (var pending in batch)
                    {
                        Current().CreateRelationship(typeToken, pending.Start, pending.End, pending.Properties);
                        _sinceCommit++;
                        properties += pending.Properties?.Length ?? 0;
                        count++;
                    }
                }
            }

            parser.GetAwaiter().GetResult();
        }
        catch (Exception) when (parser.IsFaulted && parser.Exception!.InnerException is FormatException format)
        {
            throw format;
        }
        finally
        {
            stop.Cancel();
            try
            {
                parser.Wait(TimeSpan.FromSeconds(10));
            }
            catch (AggregateException)
            {
                // the parser's own failure was reported above, or it was stopped because writing failed
            }
        }

        return (count, properties);
    }

    private readonly record struct PendingRelationship(long Start, long End, KeyValuePair<int, Value>[]? Properties);

    private void ParseRelationships(CsvReader reader, string path, CsvColumn[] columns, int[] keys, int start, int end, ChannelWriter<PendingRelationship[]> output, CancellationToken cancellationToken)
    {
        const int ChunkSize = 16_384;
        var fields = new List<string>();
        var chunk = new List<PendingRelationship>(ChunkSize);
        var line = 1;
        var hasProperties = keys.Any(k => k >= 0);
        try
        {
            while (reader.TryRead(fields))
            {
                line++;
                if (fields.Count == 1 && fields[0].Length == 0)
                {
                    continue;
                }

                if (fields.Count != columns.Length)
                {
                    throw new FormatException($"{path}, line {line}: {fields.Count} fields where the header has {columns.Length}.");
                }

                if (!_ids.TryGetValue(fields[start], out var from) || !_ids.TryGetValue(fields[end], out var to))
                {
                    throw new FormatException($"{path}, line {line}: no node has the id '{(_ids.ContainsKey(fields[start]) ? fields[end] : fields[start])}'.");
                }

                KeyValuePair<int, Value>[]? values = null;
                if (hasProperties)
                {
                    var list = new List<KeyValuePair<int, Value>>(columns.Length);
                    for (var i = 0; i < columns.Length; i++)
                    {
                        if (keys[i] >= 0 && fields[i].Length > 0)
                        {
                            list.Add(new(keys[i], Convert(fields[i], columns[i].Type, path, line)));
                        }
                    }

                    values = list.Count == 0 ? null : [.. list];
                }

                chunk.Add(new PendingRelationship(from, to, values));
                if (chunk.Count == ChunkSize)
                {
                    output.WriteAsync(chunk.ToArray(), cancellationToken).AsTask().GetAwaiter().GetResult();
                    chunk.Clear();
                }
            }

            if (chunk.Count > 0)
            {
                output.WriteAsync(chunk.ToArray(), cancellationToken).AsTask().GetAwaiter().GetResult();
            }

            output.Complete();
        }
        catch (Exception error)
        {
            output.Complete(error);
            throw;
        }
    }

    private static Value Convert(string text, CsvValueType type, string path, int line) => type switch
    {
        CsvValueType.Integer => long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var integer)
            ? Value.Integer(integer) : throw new FormatException($"{path}, line {line}: '{text}' is not an integer."),
        CsvValueType.Float => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? Value.Float(number) : throw new FormatException($"{path}, line {line}: '{text}' is not a number."),
        CsvValueType.Boolean => bool.TryParse(text, out var flag)
            ? Value.Boolean(flag) : throw new FormatException($"{path}, line {line}: '{text}' is not true or false."),
        _ => Value.String(text),
    };
}
