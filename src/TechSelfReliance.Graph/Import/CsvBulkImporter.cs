using System.Diagnostics;
using TechSelfReliance.Graph.Transactions;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Graph.Import;

/// <summary>
/// Loads a graph from CSV files (neo4j-admin style headers, see <see cref="CsvColumn"/>) straight into the
/// store, bypassing Cypher, as one unlogged transaction made durable by one snapshot: one file per label of
/// nodes, one per type of relationships. Node ids are one space across all node files. Each labelled id gets
/// an index, so lookups by id are seeks. Relationship files are parsed in parallel and created together,
/// so each node's adjacency is built once. A malformed file fails the import with the file and line, and the
/// store is left as it was. Not thread-safe: one import at a time per store.
/// </summary>
public sealed class CsvBulkImporter(GraphStore store)
{
    private readonly Dictionary<string, long> _ids = new(StringComparer.Ordinal);

    /// <summary>Imports the files as one bulk load (see <see cref="GraphStore.BulkLoad"/>): durable at the end, all or nothing.</summary>
    public ImportReport Import(IEnumerable<(string Path, string Label)> nodeFiles, IEnumerable<(string Path, string Type)> relationshipFiles)
    {
        ImportReport? report = null;
        store.BulkLoad(session =>
        {
            using var transaction = session.BeginBatch();
            report = ImportFiles(transaction, nodeFiles, relationshipFiles);
            transaction.Commit();
        });
        return report!;
    }

    private ImportReport ImportFiles(WriteTransaction transaction, IEnumerable<(string Path, string Label)> nodeFiles, IEnumerable<(string Path, string Type)> relationshipFiles)
    {
        var watch = Stopwatch.StartNew();
        long nodes = 0, properties = 0;
        var indexed = new List<(int Label, int Key)>();
        foreach (var (path, label) in nodeFiles)
        {
            var (count, props, labelToken, idKey) = ImportNodes(transaction, path, label);
            nodes += count;
            properties += props;
            if (idKey >= 0)
            {
                indexed.Add((labelToken, idKey));
            }
        }

        var batches = ReadRelationships(transaction, relationshipFiles);
        properties += batches.Sum(batch => batch.PropertyCount);
        transaction.CreateRelationships(batches);
        foreach (var (label, key) in indexed)
        {
            transaction.CreateIndex(null, label, key);
        }

        return new ImportReport(nodes, batches.Sum(batch => (long)batch.Count), properties, watch.Elapsed);
    }

    private (long Count, long Properties, int Label, int IdKey) ImportNodes(WriteTransaction transaction, string path, string label)
    {
        using var file = new StreamReader(path);
        var reader = new CsvReader(file);
        var fields = new List<string>();
        if (!reader.TryRead(fields))
        {
            return (0, 0, -1, -1);
        }

        var columns = fields.Select(CsvColumn.Parse).ToArray();
        var labelToken = transaction.GetOrCreateLabel(label);
        var keys = columns.Select(c => c.Kind is CsvColumnKind.Property or CsvColumnKind.Id ? transaction.GetOrCreatePropertyKey(c.Kind == CsvColumnKind.Id && c.Name.Length == 0 ? "id" : c.Name) : -1).ToArray();
        var idColumn = Array.FindIndex(columns, c => c.Kind == CsvColumnKind.Id);
        long count = 0, properties = 0;
        var values = new List<KeyValuePair<int, Value>>(columns.Length);
        while (reader.TryReadRow(columns.Length, path))
        {
            values.Clear();
            string? idText = null;
            for (var i = 0; i < columns.Length; i++)
            {
                if (keys[i] >= 0 && !reader.Field(i).IsEmpty)
                {
                    var text = reader.Field(i).ToString();
                    idText = i == idColumn ? text : idText;
                    values.Add(new(keys[i], CsvValues.Convert(text, columns[i].Type, path, reader.Line)));
                }
            }

            var id = transaction.CreateNode([labelToken], values);
            idText ??= idColumn >= 0 ? reader.Field(idColumn).ToString() : null;
            if (idText is not null && !_ids.TryAdd(idText, id))
            {
                throw new FormatException($"{path}, line {reader.Line}: the id '{idText}' is used twice.");
            }

            properties += values.Count;
            count++;
        }

        return (count, properties, labelToken, idColumn >= 0 ? keys[idColumn] : -1);
    }

    /// <summary>
    /// Relationship files are scanned in order on this thread while the pool resolves each chunk's node ids,
    /// the costly part (a random lookup per end), in parallel; at most a few chunks wait at any time.
    /// </summary>
    private List<RelationshipBatch> ReadRelationships(WriteTransaction transaction, IEnumerable<(string Path, string Type)> relationshipFiles)
    {
        const int RecordsPerChunk = 65_536;
        var pending = new List<Task<RelationshipBatch>>();
        using var slots = new SemaphoreSlim(2 * Environment.ProcessorCount);
        try
        {
            foreach (var (path, type) in relationshipFiles)
            {
                using var file = OpenRelationshipFile(transaction, path, type);
                foreach (var chunk in file.ReadChunks(RecordsPerChunk))
                {
                    slots.Wait();
                    pending.Add(Task.Run(() =>
                    {
                        try
                        {
                            return file.Resolve(chunk, _ids);
                        }
                        finally
                        {
                            slots.Release();
                        }
                    }));
                }
            }

            return [.. pending.Select(task => task.GetAwaiter().GetResult())];
        }
        finally
        {
            // on failure, let the chunks in flight finish before the files and the id map go away
            Task.WhenAll(pending).ContinueWith(static _ => { }, TaskScheduler.Default).Wait();
        }
    }

    /// <summary>Reads a relationship file's header and creates its tokens; its rows are read in chunks.</summary>
    private static RelationshipFile OpenRelationshipFile(WriteTransaction transaction, string path, string type)
    {
        var file = new StreamReader(path);
        try
        {
            var reader = new CsvReader(file);
            var fields = new List<string>();
            if (!reader.TryRead(fields))
            {
                return new RelationshipFile(file, reader, path, [], [], -1, -1, -1);
            }

            var columns = fields.Select(CsvColumn.Parse).ToArray();
            var start = Array.FindIndex(columns, c => c.Kind == CsvColumnKind.StartId);
            var end = Array.FindIndex(columns, c => c.Kind == CsvColumnKind.EndId);
            if (start < 0 || end < 0)
            {
                throw new FormatException($"{path}: a relationship file needs :START_ID and :END_ID columns.");
            }

            var typeToken = transaction.GetOrCreateRelationshipType(type);
            var keys = columns.Select(c => c.Kind == CsvColumnKind.Property ? transaction.GetOrCreatePropertyKey(c.Name) : -1).ToArray();
            return new RelationshipFile(file, reader, path, columns, keys, typeToken, start, end);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }
}
