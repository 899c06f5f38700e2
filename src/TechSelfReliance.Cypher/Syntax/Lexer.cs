using System.Globalization;
using System.Text;
using TechSelfReliance.Cypher.Errors;

namespace TechSelfReliance.Cypher.Syntax;

/// <summary>Turns statement text into tokens. Errors carry the offset where the bad token starts.</summary>
internal static class Lexer
{
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (true)
        {
            i = SkipTrivia(text, i);
            if (i >= text.Length)
            {
                tokens.Add(new Token(TokenKind.End, string.Empty, text.Length, text.Length));
                return tokens;
            }

            var start = i;
            var c = text[i];
            if (IsIdentifierStart(c))
            {
                while (i < text.Length && IsIdentifierPart(text[i]))
                {
                    i++;
                }

                tokens.Add(new Token(TokenKind.Identifier, text[start..i], start, i));
                continue;
            }

            if (char.IsDigit(c) || (c == '.' && i + 1 < text.Length && char.IsDigit(text[i + 1])))
            {
                try
                {
                    tokens.Add(ReadNumber(text, ref i));
                }
                catch (CypherException error) when (error.Detail == "InvalidNumberLiteral")
                {
                    while (i < text.Length && IsIdentifierPart(text[i]))
                    {
                        i++;
                    }

                    tokens.Add(new Token(TokenKind.InvalidNumber, text[start..i], start, i));
                }

                continue;
            }

            switch (c)
            {
                case '\'' or '"':
                    tokens.Add(new Token(TokenKind.String, ReadString(text, ref i), start, i));
                    continue;
                case '`':
                    tokens.Add(new Token(TokenKind.QuotedIdentifier, ReadQuoted(text, ref i), start, i));
                    continue;
                case '$':
                    i++;
                    if (i < text.Length && text[i] == '`')
                    {
                        tokens.Add(new Token(TokenKind.Parameter, ReadQuoted(text, ref i), start, i));
                        continue;
                    }

                    var nameStart = i;
                    while (i < text.Length && (IsIdentifierPart(text[i])))
                    {
                        i++;
                    }

                    if (i == nameStart)
                    {
                        throw CypherException.Syntax("UnexpectedSyntax", "A parameter needs a name after '$'.", start);
                    }

                    tokens.Add(new Token(TokenKind.Parameter, text[nameStart..i], start, i));
                    continue;
            }

            var (kind, length) = ReadOperator(text, i);
            if (length == 0)
            {
                throw CypherException.Syntax("UnexpectedSyntax", $"Unexpected character '{c}'.", start);
            }

            i += length;
            tokens.Add(new Token(kind, text[start..i], start, i));
        }
    }

    private static int SkipTrivia(string text, int i)
    {
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF')
            {
                i++;
            }
            else if (c == '/' && i + 1 < text.Length && text[i + 1] == '/')
            {
                while (i < text.Length && text[i] != '\n')
                {
                    i++;
                }
            }
            else if (c == '/' && i + 1 < text.Length && text[i + 1] == '*')
            {
                var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    throw CypherException.Syntax("UnexpectedSyntax", "A comment is not closed with '*/'.", i);
                }

                i = end + 2;
            }
            else
            {
                return i;
            }
        }

        return i;
    }

    private static bool IsIdentifierStart(char c) =>
        char.IsLetter(c) || c == '_' || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.LetterNumber or UnicodeCategory.ConnectorPunctuation;

    private static bool IsIdentifierPart(char c) =>
        char.IsLetterOrDigit(c) || c == '_' || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.LetterNumber
            or UnicodeCategory.ConnectorPunctuation or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.Format or UnicodeCategory.CurrencySymbol;

    private static Token ReadNumber(string text, ref int i)
    {
        var start = i;
        if (text[i] == '0' && i + 1 < text.Length && (text[i + 1] is 'x' or 'X' or 'o' or 'O'))
        {
            i += 2;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            return new Token(TokenKind.Integer, text[start..i], start, i);
        }

        var isFloat = false;
        while (i < text.Length && char.IsDigit(text[i]))
        {
            i++;
        }

        if (i < text.Length && text[i] == '.' && i + 1 < text.Length && char.IsDigit(text[i + 1]))
        {
            isFloat = true;
            i++;
            while (i < text.Length && char.IsDigit(text[i]))
            {
                i++;
            }
        }

        if (i < text.Length && text[i] is 'e' or 'E')
        {
            isFloat = true;
            i++;
            if (i < text.Length && text[i] is '+' or '-')
            {
                i++;
            }

            var digits = i;
            while (i < text.Length && char.IsDigit(text[i]))
            {
                i++;
            }

            if (i == digits)
            {
                throw CypherException.Syntax("InvalidNumberLiteral", $"Invalid number literal '{text[start..i]}'.", start);
            }
        }

        if (i < text.Length && IsIdentifierPart(text[i]))
        {
            while (i < text.Length && IsIdentifierPart(text[i]))
            {
                i++;
            }

            throw CypherException.Syntax("InvalidNumberLiteral", $"Invalid number literal '{text[start..i]}'.", start);
        }

        return new Token(isFloat ? TokenKind.Float : TokenKind.Integer, text[start..i], start, i);
    }

    private static string ReadString(string text, ref int i)
    {
        var quote = text[i];
        var start = i;
        i++;
        var builder = new StringBuilder();
        while (true)
        {
            if (i >= text.Length)
            {
                throw CypherException.Syntax("UnexpectedSyntax", "A string is not closed.", start);
            }

            var c = text[i];
            if (c == quote)
            {
                i++;
                return builder.ToString();
            }

            if (c != '\\')
            {
                builder.Append(c);
                i++;
                continue;
            }

            if (i + 1 >= text.Length)
            {
                throw CypherException.Syntax("UnexpectedSyntax", "A string ends with a lone backslash.", i);
            }

            var escape = text[i + 1];
            i += 2;
            switch (escape)
            {
                case 't': builder.Append('\t'); break;
                case 'b': builder.Append('\b'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 'f': builder.Append('\f'); break;
                case '\'': builder.Append('\''); break;
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case 'u' or 'U':
                    var width = escape == 'u' ? 4 : 8;
                    if (i + width > text.Length || !int.TryParse(text.AsSpan(i, width), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code)
                        || code > 0x10FFFF)
                    {
                        throw CypherException.Syntax("InvalidUnicodeLiteral", "Invalid unicode escape in a string.", i - 2);
                    }

                    builder.Append(char.ConvertFromUtf32(code));
                    i += width;
                    break;
                default:
                    builder.Append('\\').Append(escape);
                    break;
            }
        }
    }

    private static string ReadQuoted(string text, ref int i)
    {
        var start = i;
        i++;
        var builder = new StringBuilder();
        while (true)
        {
            if (i >= text.Length)
            {
                throw CypherException.Syntax("UnexpectedSyntax", "A quoted name is not closed with '`'.", start);
            }

            if (text[i] == '`')
            {
                if (i + 1 < text.Length && text[i + 1] == '`')
                {
                    builder.Append('`');
                    i += 2;
                    continue;
                }

                i++;
                return builder.ToString();
            }

            builder.Append(text[i++]);
        }
    }

    private static (TokenKind Kind, int Length) ReadOperator(string text, int i)
    {
        var c = text[i];
        var next = i + 1 < text.Length ? text[i + 1] : '\0';
        return c switch
        {
            '(' => (TokenKind.LeftParen, 1),
            ')' => (TokenKind.RightParen, 1),
            '[' => (TokenKind.LeftBracket, 1),
            ']' => (TokenKind.RightBracket, 1),
            '{' => (TokenKind.LeftBrace, 1),
            '}' => (TokenKind.RightBrace, 1),
            ',' => (TokenKind.Comma, 1),
            '.' => next == '.' ? (TokenKind.DotDot, 2) : (TokenKind.Dot, 1),
            ':' => (TokenKind.Colon, 1),
            ';' => (TokenKind.Semicolon, 1),
            '|' => (TokenKind.Pipe, 1),
            '+' => next == '=' ? (TokenKind.PlusEquals, 2) : (TokenKind.Plus, 1),
            '*' => (TokenKind.Star, 1),
            '/' => (TokenKind.Slash, 1),
            '%' => (TokenKind.Percent, 1),
            '^' => (TokenKind.Caret, 1),
            '=' => next == '~' ? (TokenKind.RegexMatch, 2) : (TokenKind.Equals, 1),
            '!' => next == '=' ? (TokenKind.NotEquals, 2) : (TokenKind.End, 0),
            '<' => next == '>' ? (TokenKind.NotEquals, 2) : next == '=' ? (TokenKind.LessOrEqual, 2) : (TokenKind.LessThan, 1),
            '>' => next == '=' ? (TokenKind.GreaterOrEqual, 2) : (TokenKind.GreaterThan, 1),
            '-' => (TokenKind.Minus, 1),
            '\u00AD' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\uFE58' or '\uFE63' or '\uFF0D' => (TokenKind.UnicodeDash, 1),
            '\u27E8' or '\u3008' or '\uFE64' or '\uFF1C' => (TokenKind.LessThan, 1),
            '\u27E9' or '\u3009' or '\uFE65' or '\uFF1E' => (TokenKind.GreaterThan, 1),
            _ => (TokenKind.End, 0),
        };
    }
}
