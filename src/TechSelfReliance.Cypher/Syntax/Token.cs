namespace TechSelfReliance.Cypher.Syntax;

/// <summary>One token: its kind, its text (decoded for strings and quoted names), and where it starts and ends.</summary>
internal readonly record struct Token(TokenKind Kind, string Text, int Start, int End)
{
    public bool IsKeyword(string keyword) =>
        Kind == TokenKind.Identifier && string.Equals(Text, keyword, StringComparison.OrdinalIgnoreCase);
}
