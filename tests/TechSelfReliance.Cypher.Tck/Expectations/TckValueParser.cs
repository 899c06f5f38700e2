using System.Globalization;
using System.Text;

namespace TechSelfReliance.Cypher.Tck.Expectations;

/// <summary>Parses the TCK's value notation: 1, 1.5, NaN, 'text', [..], {k: v}, (:L {p: v}), [:T {p: v}], &lt;()-[:T]-&gt;()&gt;.</summary>
internal sealed class TckValueParser
{
    private readonly string _text;
    private int _position;

    private TckValueParser(string text) => _text = text;

    public static TckValue Parse(string text)
    {
        var parser = new TckValueParser(text.Trim());
        var value = parser.ParseValue();
        parser.SkipSpaces();
        if (parser._position != parser._text.Length)
        {
            throw new FormatException($"Unexpected '{parser._text[parser._position..]}' after a value in '{text}'.");
        }

        return value;
    }

    private TckValue ParseValue()
    {
        SkipSpaces();
        var c = Peek();
        switch (c)
        {
            case '\'':
                return new TckValue.String(ParseString());
            case '[':
                return IsRelationship() ? ParseRelationship() : ParseList();
            case '{':
                return new TckValue.Map(ParseMap());
            case '(':
                return ParseNode();
            case '<':
                return ParsePath();
        }

        var word = ReadWord();
        return word switch
        {
            "null" => new TckValue.Null(),
            "true" => new TckValue.Boolean(true),
            "false" => new TckValue.Boolean(false),
            "NaN" => new TckValue.Float(double.NaN),
            "Inf" or "Infinity" => new TckValue.Float(double.PositiveInfinity),
            "-Inf" or "-Infinity" => new TckValue.Float(double.NegativeInfinity),
            _ when long.TryParse(word, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer) => new TckValue.Integer(integer),
            _ when double.TryParse(word, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => new TckValue.Float(number),
            _ => throw new FormatException($"Cannot read a value from '{word}' in '{_text}'."),
        };
    }

    private bool IsRelationship()
    {
        var i = _position + 1;
        while (i < _text.Length && char.IsWhiteSpace(_text[i]))
        {
            i++;
        }

        return i < _text.Length && _text[i] == ':';
    }

    private string ReadWord()
    {
        var start = _position;
        while (_position < _text.Length && !(_text[_position] is ',' or ']' or '}' or ')' || char.IsWhiteSpace(_text[_position])))
        {
            _position++;
        }

        return _text[start.._position];
    }

    private string ParseString()
    {
        Expect('\'');
        var builder = new StringBuilder();
        while (true)
        {
            if (_position >= _text.Length)
            {
                throw new FormatException($"Unclosed string in '{_text}'.");
            }

            var c = _text[_position++];
            if (c == '\\' && _position < _text.Length)
            {
                var next = _text[_position++];
                builder.Append(next switch { 'n' => '\n', 't' => '\t', _ => next });
                continue;
            }

            if (c == '\'')
            {
                return builder.ToString();
            }

            builder.Append(c);
        }
    }

    private TckValue.List ParseList()
    {
        Expect('[');
        var items = new List<TckValue>();
        SkipSpaces();
        if (Peek() == ']')
        {
            _position++;
            return new TckValue.List(items);
        }

        while (true)
        {
            items.Add(ParseValue());
            SkipSpaces();
            if (Peek() == ',')
            {
                _position++;
                continue;
            }

            Expect(']');
            return new TckValue.List(items);
        }
    }

    private Dictionary<string, TckValue> ParseMap()
    {
        Expect('{');
        var entries = new Dictionary<string, TckValue>(StringComparer.Ordinal);
        SkipSpaces();
        if (Peek() == '}')
        {
            _position++;
            return entries;
        }

        while (true)
        {
            SkipSpaces();
            string key;
            if (Peek() == '`')
            {
                _position++;
                var end = _text.IndexOf('`', _position);
                key = _text[_position..end];
                _position = end + 1;
            }
            else
            {
                var start = _position;
                while (_position < _text.Length && _text[_position] != ':' && !char.IsWhiteSpace(_text[_position]))
                {
                    _position++;
                }

                key = _text[start.._position];
            }

            SkipSpaces();
            Expect(':');
            entries[key] = ParseValue();
            SkipSpaces();
            if (Peek() == ',')
            {
                _position++;
                continue;
            }

            Expect('}');
            return entries;
        }
    }

    private List<string> ParseLabels()
    {
        var labels = new List<string>();
        SkipSpaces();
        while (Peek() == ':')
        {
            _position++;
            var start = _position;
            if (Peek() == '`')
            {
                _position++;
                var end = _text.IndexOf('`', _position);
                labels.Add(_text[_position..end]);
                _position = end + 1;
            }
            else
            {
                while (_position < _text.Length && (char.IsLetterOrDigit(_text[_position]) || _text[_position] == '_'))
                {
                    _position++;
                }

                labels.Add(_text[start.._position]);
            }

            SkipSpaces();
        }

        return labels;
    }

    private TckValue.Node ParseNode()
    {
        Expect('(');
        var labels = ParseLabels();
        SkipSpaces();
        var properties = Peek() == '{' ? ParseMap() : [];
        SkipSpaces();
        Expect(')');
        return new TckValue.Node(labels, properties);
    }

    private TckValue.Relationship ParseRelationship()
    {
        Expect('[');
        var labels = ParseLabels();
        SkipSpaces();
        var properties = Peek() == '{' ? ParseMap() : [];
        SkipSpaces();
        Expect(']');
        return new TckValue.Relationship(labels.Single(), properties);
    }

    private TckValue.Path ParsePath()
    {
        Expect('<');
        var nodes = new List<TckValue.Node> { ParseNode() };
        var relationships = new List<TckValue.Relationship>();
        var forward = new List<bool>();
        SkipSpaces();
        while (Peek() != '>')
        {
            var backward = Peek() == '<';
            if (backward)
            {
                _position++;
            }

            Expect('-');
            relationships.Add(ParseRelationship());
            Expect('-');
            var ahead = Peek() == '>';
            if (ahead)
            {
                _position++;
            }

            forward.Add(!backward);
            nodes.Add(ParseNode());
            SkipSpaces();
        }

        Expect('>');
        return new TckValue.Path(nodes, relationships, forward);
    }

    private char Peek() => _position < _text.Length ? _text[_position] : '\0';

    private void Expect(char c)
    {
        SkipSpaces();
        if (Peek() != c)
        {
            throw new FormatException($"Expected '{c}' at {_position} in '{_text}'.");
        }

        _position++;
    }

    private void SkipSpaces()
    {
        while (_position < _text.Length && char.IsWhiteSpace(_text[_position]))
        {
            _position++;
        }
    }
}
