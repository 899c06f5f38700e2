using System.Text;

namespace TechSelfReliance.Graph.Import;

/// <summary>Reads RFC 4180 CSV records (quoted fields, doubled quotes, line breaks inside quotes). Not thread-safe.</summary>
public sealed class CsvReader(TextReader reader)
{
    private readonly StringBuilder _field = new();

    /// <summary>The next record's fields into <paramref name="fields"/>; false at the end of the input.</summary>
    public bool TryRead(List<string> fields)
    {
        fields.Clear();
        var c = reader.Read();
        if (c < 0)
        {
            return false;
        }

        while (true)
        {
            _field.Clear();
            if (c == '"')
            {
                while (true)
                {
                    c = reader.Read();
                    if (c < 0)
                    {
                        throw new FormatException("A quoted field is not closed before the end of the file.");
                    }

                    if (c == '"')
                    {
                        if (reader.Peek() == '"')
                        {
                            reader.Read();
                            _field.Append('"');
                            continue;
                        }

                        c = reader.Read();
                        break;
                    }

                    _field.Append((char)c);
                }
            }
            else
            {
                while (c >= 0 && c != ',' && c != '\n' && c != '\r')
                {
                    _field.Append((char)c);
                    c = reader.Read();
                }
            }

            fields.Add(_field.ToString());
            if (c == ',')
            {
                c = reader.Read();
                continue;
            }

            if (c == '\r' && reader.Peek() == '\n')
            {
                reader.Read();
            }

            return true;
        }
    }
}
