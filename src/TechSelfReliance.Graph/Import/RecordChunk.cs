namespace TechSelfReliance.Graph.Import;

/// <summary>
/// A run of CSV records copied out of the reader, so that they can be turned into graph elements on another
/// thread while the reader goes on. Immutable once built.
/// </summary>
internal sealed class RecordChunk
{
    private readonly char[] _text;
    private readonly int[] _fieldEnds;
    private readonly int[] _lines;
    private readonly int _fieldsPerRecord;

    private RecordChunk(char[] text, int[] fieldEnds, int[] lines, int fieldsPerRecord, int count)
    {
        _text = text;
        _fieldEnds = fieldEnds;
        _lines = lines;
        _fieldsPerRecord = fieldsPerRecord;
        Count = count;
    }

    public int Count { get; }

    public int Line(int record) => _lines[record];

    public ReadOnlySpan<char> Field(int record, int field)
    {
        var index = (record * _fieldsPerRecord) + field;
        var start = index == 0 ? 0 : _fieldEnds[index - 1];
        return _text.AsSpan(start, _fieldEnds[index] - start);
    }

    /// <summary>Collects records of a fixed width from a reader; reuse it after <see cref="Build"/>.</summary>
    public sealed class Builder(int fieldsPerRecord, int capacity)
    {
        private char[] _text = new char[capacity * 16];
        private int _textLength;
        private readonly List<int> _fieldEnds = new(capacity * fieldsPerRecord);
        private readonly List<int> _lines = new(capacity);

        public int Count => _lines.Count;

        public void Add(CsvReader reader, int line)
        {
            for (var i = 0; i < fieldsPerRecord; i++)
            {
                var field = reader.Field(i);
                if (_textLength + field.Length > _text.Length)
                {
                    Array.Resize(ref _text, Math.Max(_text.Length * 2, _textLength + field.Length));
                }

                field.CopyTo(_text.AsSpan(_textLength));
                _textLength += field.Length;
                _fieldEnds.Add(_textLength);
            }

            _lines.Add(line);
        }

        public RecordChunk Build()
        {
            var chunk = new RecordChunk(_text[.._textLength], [.. _fieldEnds], [.. _lines], fieldsPerRecord, _lines.Count);
            _textLength = 0;
            _fieldEnds.Clear();
            _lines.Clear();
            return chunk;
        }
    }
}
