namespace TechSelfReliance.Graph.Import;

/// <summary>
/// Reads RFC 4180 CSV records (quoted fields, doubled quotes, line breaks inside quotes) a block of characters
/// at a time. A record's fields are spans over one reused buffer, valid until the next read, so a caller that
/// only looks fields up allocates nothing per record. Not thread-safe.
/// </summary>
public sealed class CsvReader(TextReader reader)
{
    private const int BlockSize = 1 << 16;
    private readonly char[] _block = new char[BlockSize];
    private int _blockPosition;
    private int _blockLength;
    private char[] _record = new char[256];
    private int _recordLength;
    private int[] _fieldEnds = new int[16];

    public int FieldCount { get; private set; }

    /// <summary>The number of the record last read, the header being 1 (its line, unless a quoted field spans lines).</summary>
    public int Line { get; private set; }

    /// <summary>The text of field <paramref name="index"/> of the last record read.</summary>
    public ReadOnlySpan<char> Field(int index)
    {
        var start = index == 0 ? 0 : _fieldEnds[index - 1];
        return _record.AsSpan(start, _fieldEnds[index] - start);
    }

    /// <summary>The next record's fields as strings into <paramref name="fields"/>; false at the end of the input.</summary>
    public bool TryRead(List<string> fields)
    {
        fields.Clear();
        if (!TryRead())
        {
            return false;
        }

        for (var i = 0; i < FieldCount; i++)
        {
            fields.Add(Field(i).ToString());
        }

        return true;
    }

    /// <summary>
    /// Reads the next record that is not blank and checks that it has <paramref name="width"/> fields, naming
    /// the file and line when it does not; false at the end of the input.
    /// </summary>
    public bool TryReadRow(int width, string path)
    {
        while (TryRead())
        {
            if (FieldCount == 1 && Field(0).IsEmpty)
            {
                continue;
            }

            return FieldCount == width
                ? true
                : throw new FormatException($"{path}, line {Line}: {FieldCount} fields where the header has {width}.");
        }

        return false;
    }

    /// <summary>Reads the next record (see <see cref="Field"/>); false at the end of the input.</summary>
    public bool TryRead()
    {
        _recordLength = 0;
        FieldCount = 0;
        var c = Read();
        if (c < 0)
        {
            return false;
        }

        Line++;

        while (true)
        {
            if (c == '"')
            {
                c = ReadQuoted();
            }
            else
            {
                while (c >= 0 && c != ',' && c != '\n' && c != '\r')
                {
                    Append((char)c);
                    c = Read();
                }
            }

            EndField();
            if (c == ',')
            {
                c = Read();
                continue;
            }

            if (c == '\r' && Peek() == '\n')
            {
                Read();
            }

            return true;
        }
    }

    /// <summary>The rest of a quoted field after its opening quote; returns the character after the closing quote.</summary>
    private int ReadQuoted()
    {
        while (true)
        {
            var c = Read();
            if (c < 0)
            {
                throw new FormatException("A quoted field is not closed before the end of the file.");
            }

            if (c == '"')
            {
                if (Peek() != '"')
                {
                    return Read();
                }

                Read();
            }

            Append((char)c);
        }
    }

    private void Append(char c)
    {
        if (_recordLength == _record.Length)
        {
            Array.Resize(ref _record, _record.Length * 2);
        }

        _record[_recordLength++] = c;
    }

    private void EndField()
    {
        if (FieldCount == _fieldEnds.Length)
        {
            Array.Resize(ref _fieldEnds, _fieldEnds.Length * 2);
        }

        _fieldEnds[FieldCount++] = _recordLength;
    }

    private int Read()
    {
        if (_blockPosition == _blockLength && !Fill())
        {
            return -1;
        }

        return _block[_blockPosition++];
    }

    private int Peek() => _blockPosition == _blockLength && !Fill() ? -1 : _block[_blockPosition];

    private bool Fill()
    {
        _blockLength = reader.Read(_block, 0, BlockSize);
        _blockPosition = 0;
        return _blockLength > 0;
    }
}
