using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using TechSelfReliance.Cypher.Errors;
using TechSelfReliance.Cypher.Syntax.Ast;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Syntax;

/// <summary>
/// A recursive-descent parser for openCypher. Nesting is limited (and the stack is checked) so that any
/// input, however deep, ends in a SyntaxError rather than a stack overflow. Not thread-safe; one per parse.
/// </summary>
internal sealed partial class Parser
{
    private const int MaxDepth = 160;
    private readonly string _text;
    private readonly List<Token> _tokens;
    private int _position;
    private int _depth;

    private Parser(string text)
    {
        _text = text;
        _tokens = Lexer.Tokenize(text);
    }

    public static ParsedStatement Parse(string text)
    {
        try
        {
            var parser = new Parser(text);
            return parser.ParseStatement();
        }
        catch (InsufficientExecutionStackException)
        {
            throw CypherException.Syntax("UnexpectedSyntax", "The statement is nested too deeply.");
        }
    }

    private Token Current => _tokens[_position];

    private Token Peek(int ahead = 1) => _tokens[Math.Min(_position + ahead, _tokens.Count - 1)];

    private ParsedStatement ParseStatement()
    {
        var mode = ExecutionMode.Normal;
        if (TryKeyword("EXPLAIN"))
        {
            mode = ExecutionMode.Explain;
        }
        else if (TryKeyword("PROFILE"))
        {
            mode = ExecutionMode.Profile;
        }

        var statement = TryParseSchemaStatement() ?? ParseQuery();
        Accept(TokenKind.Semicolon);
        if (Current.Kind != TokenKind.End)
        {
            throw Unexpected("the end of the statement");
        }

        return new ParsedStatement(statement, mode);
    }

    private Statement ParseQuery()
    {
        var start = Current.Start;
        var parts = new List<SingleQuery> { ParseSingleQuery() };
        bool? all = null;
        while (Current.IsKeyword("UNION"))
        {
            var unionToken = Current;
            Advance();
            var isAll = TryKeyword("ALL");
            if (all is { } previous && previous != isAll)
            {
                throw CypherException.Syntax("InvalidClauseComposition", "UNION and UNION ALL cannot be mixed in one query.", unionToken.Start);
            }

            all = isAll;
            parts.Add(ParseSingleQuery());
        }

        return parts.Count == 1 ? parts[0] : new UnionQuery(parts, all ?? false) { Start = start, End = Previous.End };
    }

    private SingleQuery ParseSingleQuery()
    {
        var start = Current.Start;
        var clauses = new List<Clause>();
        while (Current.Kind is not (TokenKind.End or TokenKind.Semicolon or TokenKind.RightBrace) && !Current.IsKeyword("UNION"))
        {
            clauses.Add(ParseClause());
        }

        if (clauses.Count == 0)
        {
            throw Unexpected("a clause");
        }

        return new SingleQuery(clauses) { Start = start, End = Previous.End };
    }

    private Clause ParseClause()
    {
        var start = Current.Start;
        Clause clause;
        if (TryKeyword("OPTIONAL"))
        {
            ExpectKeyword("MATCH");
            clause = ParseMatch(optional: true);
        }
        else if (TryKeyword("MATCH"))
        {
            clause = ParseMatch(optional: false);
        }
        else if (TryKeyword("UNWIND"))
        {
            var list = ParseExpression();
            ExpectKeyword("AS");
            clause = new UnwindClause(list, ParseName());
        }
        else if (TryKeyword("WITH"))
        {
            var projection = ParseProjection();
            var where = TryKeyword("WHERE") ? ParseExpression() : null;
            clause = new WithClause(projection, where);
        }
        else if (TryKeyword("RETURN"))
        {
            clause = new ReturnClause(ParseProjection());
        }
        else if (TryKeyword("CREATE"))
        {
            clause = new CreateClause(ParsePattern());
        }
        else if (TryKeyword("MERGE"))
        {
            clause = ParseMerge();
        }
        else if (TryKeyword("SET"))
        {
            clause = new SetClause(ParseSetItems());
        }
        else if (TryKeyword("REMOVE"))
        {
            clause = new RemoveClause(ParseRemoveItems());
        }
        else if (TryKeyword("DETACH"))
        {
            ExpectKeyword("DELETE");
            clause = new DeleteClause(true, ParseExpressionList());
        }
        else if (TryKeyword("DELETE"))
        {
            clause = new DeleteClause(false, ParseExpressionList());
        }
        else if (TryKeyword("CALL"))
        {
            clause = ParseCall();
        }
        else
        {
            throw Unexpected("a clause (MATCH, RETURN, CREATE, ...)");
        }

        return clause with { Start = start, End = Previous.End };
    }

    private MatchClause ParseMatch(bool optional)
    {
        var pattern = ParsePattern();
        var where = TryKeyword("WHERE") ? ParseExpression() : null;
        return new MatchClause(optional, pattern, where);
    }

    private MergeClause ParseMerge()
    {
        var part = ParsePatternPart();
        var onMatch = new List<SetItem>();
        var onCreate = new List<SetItem>();
        while (Current.IsKeyword("ON"))
        {
            Advance();
            if (TryKeyword("MATCH"))
            {
                ExpectKeyword("SET");
                onMatch.AddRange(ParseSetItems());
            }
            else
            {
                ExpectKeyword("CREATE");
                ExpectKeyword("SET");
                onCreate.AddRange(ParseSetItems());
            }
        }

        return new MergeClause(part, onMatch, onCreate);
    }

    private CallClause ParseCall()
    {
        var name = ParseQualifiedName();
        List<Expr>? arguments = null;
        if (Accept(TokenKind.LeftParen))
        {
            arguments = [];
            if (!Accept(TokenKind.RightParen))
            {
                arguments.AddRange(ParseExpressionList());
                Expect(TokenKind.RightParen);
            }
        }

        List<YieldItem>? yield = null;
        var yieldAll = false;
        Expr? where = null;
        if (TryKeyword("YIELD"))
        {
            if (Accept(TokenKind.Star))
            {
                yieldAll = true;
            }
            else
            {
                yield = [];
                do
                {
                    var start = Current.Start;
                    var field = ParseName();
                    var alias = TryKeyword("AS") ? ParseName() : null;
                    yield.Add(new YieldItem(field, alias) { Start = start, End = Previous.End });
                }
                while (Accept(TokenKind.Comma));
            }

            if (TryKeyword("WHERE"))
            {
                where = ParseExpression();
            }
        }

        return new CallClause(name, arguments, yield, yieldAll, where);
    }

    private Projection ParseProjection()
    {
        var start = Current.Start;
        var distinct = TryKeyword("DISTINCT");
        var includeExisting = false;
        var items = new List<ProjectionItem>();
        if (Accept(TokenKind.Star))
        {
            includeExisting = true;
            if (!Accept(TokenKind.Comma))
            {
                return FinishProjection(start, distinct, includeExisting, items);
            }
        }

        do
        {
            var itemStart = Current.Start;
            var expression = ParseExpression();
            var text = _text[expression.Start..expression.End];
            var alias = TryKeyword("AS") ? ParseName() : null;
            items.Add(new ProjectionItem(expression, alias, text) { Start = itemStart, End = Previous.End });
        }
        while (Accept(TokenKind.Comma));

        return FinishProjection(start, distinct, includeExisting, items);
    }

    private Projection FinishProjection(int start, bool distinct, bool includeExisting, List<ProjectionItem> items)
    {
        var order = new List<SortItem>();
        if (TryKeyword("ORDER"))
        {
            ExpectKeyword("BY");
            do
            {
                var expression = ParseExpression();
                var descending = false;
                if (TryKeyword("DESC") || TryKeyword("DESCENDING"))
                {
                    descending = true;
                }
                else if (!TryKeyword("ASC"))
                {
                    TryKeyword("ASCENDING");
                }

                order.Add(new SortItem(expression, descending));
            }
            while (Accept(TokenKind.Comma));
        }

        var skip = TryKeyword("SKIP") || TryKeyword("OFFSET") ? ParseExpression() : null;
        var limit = TryKeyword("LIMIT") ? ParseExpression() : null;
        return new Projection(distinct, includeExisting, items, order, skip, limit) { Start = start, End = Previous.End };
    }

    private List<SetItem> ParseSetItems()
    {
        var items = new List<SetItem>();
        do
        {
            var start = Current.Start;
            if (IsNameToken(Current) && Peek().Kind is TokenKind.Equals or TokenKind.PlusEquals)
            {
                var variable = ParseName();
                var merge = Current.Kind == TokenKind.PlusEquals;
                Advance();
                items.Add(new SetVariableItem(variable, ParseExpression(), merge) { Start = start, End = Previous.End });
            }
            else if (IsNameToken(Current) && Peek().Kind == TokenKind.Colon)
            {
                var variable = ParseName();
                items.Add(new SetLabelsItem(variable, ParseLabels()) { Start = start, End = Previous.End });
            }
            else
            {
                var target = ParsePostfix(ParseAtom(), stopBeforeLastProperty: true);
                if (target is not PropertyExpr property)
                {
                    throw Unexpected("a property to set (e.g. n.name = value)");
                }

                Expect(TokenKind.Equals);
                items.Add(new SetPropertyItem(property.Target, property.Key, ParseExpression()) { Start = start, End = Previous.End });
            }
        }
        while (Accept(TokenKind.Comma));

        return items;
    }

    private List<RemoveItem> ParseRemoveItems()
    {
        var items = new List<RemoveItem>();
        do
        {
            var start = Current.Start;
            if (IsNameToken(Current) && Peek().Kind == TokenKind.Colon)
            {
                var variable = ParseName();
                items.Add(new RemoveLabelsItem(variable, ParseLabels()) { Start = start, End = Previous.End });
            }
            else
            {
                var target = ParsePostfix(ParseAtom(), stopBeforeLastProperty: true);
                if (target is not PropertyExpr property)
                {
                    throw Unexpected("a property or labels to remove");
                }

                items.Add(new RemovePropertyItem(property.Target, property.Key) { Start = start, End = Previous.End });
            }
        }
        while (Accept(TokenKind.Comma));

        return items;
    }

    private List<Expr> ParseExpressionList()
    {
        var list = new List<Expr> { ParseExpression() };
        while (Accept(TokenKind.Comma))
        {
            list.Add(ParseExpression());
        }

        return list;
    }

    private List<string> ParseLabels()
    {
        var labels = new List<string>();
        while (Accept(TokenKind.Colon))
        {
            labels.Add(ParseName());
        }

        return labels;
    }

    private Token Previous => _tokens[Math.Max(0, _position - 1)];

    private void Advance() => _position++;

    private bool Accept(TokenKind kind)
    {
        if (Current.Kind != kind)
        {
            return false;
        }

        _position++;
        return true;
    }

    private void Expect(TokenKind kind)
    {
        if (!Accept(kind))
        {
            throw Unexpected(Describe(kind));
        }
    }

    private bool TryKeyword(string keyword)
    {
        if (!Current.IsKeyword(keyword))
        {
            return false;
        }

        _position++;
        return true;
    }

    private void ExpectKeyword(string keyword)
    {
        if (!TryKeyword(keyword))
        {
            throw Unexpected(keyword);
        }
    }

    private static bool IsNameToken(Token token) => token.Kind is TokenKind.Identifier or TokenKind.QuotedIdentifier;

    private string ParseName()
    {
        if (!IsNameToken(Current))
        {
            throw Unexpected("a name");
        }

        var name = Current.Text;
        Advance();
        return name;
    }

    private string ParseQualifiedName()
    {
        var name = ParseName();
        while (Current.Kind == TokenKind.Dot && IsNameToken(Peek()))
        {
            Advance();
            name += "." + ParseName();
        }

        return name;
    }

    private void Enter()
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        if (++_depth > MaxDepth)
        {
            throw CypherException.Syntax("UnexpectedSyntax", $"The statement is nested more than {MaxDepth} levels deep.", Current.Start);
        }
    }

    private void Leave() => _depth--;

    private CypherException Unexpected(string expected)
    {
        var found = Current.Kind == TokenKind.End ? "the end of the statement" : $"'{Current.Text}'";
        return CypherException.Syntax("UnexpectedSyntax", $"Invalid input {found}: expected {expected}.", Current.Start);
    }

    private static string Describe(TokenKind kind) => kind switch
    {
        TokenKind.LeftParen => "'('",
        TokenKind.RightParen => "')'",
        TokenKind.LeftBracket => "'['",
        TokenKind.RightBracket => "']'",
        TokenKind.LeftBrace => "'{'",
        TokenKind.RightBrace => "'}'",
        TokenKind.Comma => "','",
        TokenKind.Colon => "':'",
        TokenKind.Equals => "'='",
        TokenKind.Minus => "'-'",
        _ => kind.ToString(),
    };

    private static Value ParseIntegerLiteral(string text, bool negated, int offset)
    {
        BigInteger value;
        if (text.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            var digits = text[2..];
            if (digits.Length == 0 || !digits.All(Uri.IsHexDigit))
            {
                throw CypherException.Syntax("InvalidNumberLiteral", $"Invalid hexadecimal literal '{text}'.", offset);
            }

            value = BigInteger.Parse("0" + digits, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        }
        else if (text.StartsWith("0o", StringComparison.OrdinalIgnoreCase))
        {
            var digits = text[2..];
            if (digits.Length == 0 || !digits.All(c => c is >= '0' and <= '7'))
            {
                throw CypherException.Syntax("InvalidNumberLiteral", $"Invalid octal literal '{text}'.", offset);
            }

            value = digits.Aggregate(BigInteger.Zero, (acc, c) => (acc * 8) + (c - '0'));
        }
        else if (text.Length > 1 && text[0] == '0')
        {
            if (!text.All(c => c is >= '0' and <= '7'))
            {
                throw CypherException.Syntax("InvalidNumberLiteral", $"Invalid octal literal '{text}'.", offset);
            }

            value = text.Aggregate(BigInteger.Zero, (acc, c) => (acc * 8) + (c - '0'));
        }
        else
        {
            value = BigInteger.Parse(text, CultureInfo.InvariantCulture);
        }

        if (negated)
        {
            value = -value;
        }

        if (value > long.MaxValue || value < long.MinValue)
        {
            throw CypherException.Syntax("IntegerOverflow", $"The integer literal '{text}' is too large for a 64-bit integer.", offset);
        }

        return Value.Integer((long)value);
    }
}
