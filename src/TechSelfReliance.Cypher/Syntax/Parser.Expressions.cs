using System.Globalization;
using TechSelfReliance.Cypher.Errors;
using TechSelfReliance.Cypher.Syntax.Ast;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Syntax;

internal sealed partial class Parser
{
    private Expr ParseExpression()
    {
        Enter();
        try
        {
            return ParseOr();
        }
        finally
        {
            Leave();
        }
    }

    private Expr ParseOr()
    {
        var left = ParseXor();
        while (Current.IsKeyword("OR"))
        {
            Advance();
            left = Binary(BinaryOperator.Or, left, ParseXor());
        }

        return left;
    }

    private Expr ParseXor()
    {
        var left = ParseAnd();
        while (Current.IsKeyword("XOR"))
        {
            Advance();
            left = Binary(BinaryOperator.Xor, left, ParseAnd());
        }

        return left;
    }

    private Expr ParseAnd()
    {
        var left = ParseNot();
        while (Current.IsKeyword("AND"))
        {
            Advance();
            left = Binary(BinaryOperator.And, left, ParseNot());
        }

        return left;
    }

    private Expr ParseNot()
    {
        if (Current.IsKeyword("NOT"))
        {
            var start = Current.Start;
            Advance();
            Enter();
            try
            {
                var operand = ParseNot();
                return new UnaryExpr(UnaryOperator.Not, operand) { Start = start, End = operand.End };
            }
            finally
            {
                Leave();
            }
        }

        return ParseComparison();
    }

    private Expr ParseComparison()
    {
        var first = ParsePredicates();
        Expr? result = null;
        var left = first;
        while (ComparisonOperator(Current.Kind) is { } op)
        {
            Advance();
            var right = ParsePredicates();
            var comparison = Binary(op, left, right);
            result = result is null ? comparison : Binary(BinaryOperator.And, result, comparison);
            left = right;
        }

        return result ?? first;
    }

    private static BinaryOperator? ComparisonOperator(TokenKind kind) => kind switch
    {
        TokenKind.Equals => BinaryOperator.Equal,
        TokenKind.NotEquals => BinaryOperator.NotEqual,
        TokenKind.LessThan => BinaryOperator.LessThan,
        TokenKind.GreaterThan => BinaryOperator.GreaterThan,
        TokenKind.LessOrEqual => BinaryOperator.LessOrEqual,
        TokenKind.GreaterOrEqual => BinaryOperator.GreaterOrEqual,
        _ => null,
    };

    private Expr ParsePredicates()
    {
        var left = ParseAdditive();
        while (true)
        {
            if (Current.IsKeyword("STARTS") && Peek().IsKeyword("WITH"))
            {
                _position += 2;
                left = Binary(BinaryOperator.StartsWith, left, ParseAdditive());
            }
            else if (Current.IsKeyword("ENDS") && Peek().IsKeyword("WITH"))
            {
                _position += 2;
                left = Binary(BinaryOperator.EndsWith, left, ParseAdditive());
            }
            else if (Current.IsKeyword("CONTAINS"))
            {
                Advance();
                left = Binary(BinaryOperator.Contains, left, ParseAdditive());
            }
            else if (Current.Kind == TokenKind.RegexMatch)
            {
                Advance();
                left = Binary(BinaryOperator.RegexMatch, left, ParseAdditive());
            }
            else if (Current.IsKeyword("IN"))
            {
                Advance();
                left = Binary(BinaryOperator.In, left, ParseAdditive());
            }
            else if (Current.IsKeyword("IS"))
            {
                Advance();
                var negated = TryKeyword("NOT");
                ExpectKeyword("NULL");
                left = new IsNullExpr(left, negated) { Start = left.Start, End = Previous.End };
            }
            else
            {
                return left;
            }
        }
    }

    private Expr ParseAdditive()
    {
        var left = ParseMultiplicative();
        if (Current.Kind == TokenKind.UnicodeDash)
        {
            throw CypherException.Syntax("InvalidUnicodeCharacter", $"'{Current.Text}' is not a minus sign; use '-'.", Current.Start);
        }

        while (Current.Kind is TokenKind.Plus or TokenKind.Minus)
        {
            var op = Current.Kind == TokenKind.Plus ? BinaryOperator.Add : BinaryOperator.Subtract;
            Advance();
            left = Binary(op, left, ParseMultiplicative());
        }

        return left;
    }

    private Expr ParseMultiplicative()
    {
        var left = ParsePower();
        while (Current.Kind is TokenKind.Star or TokenKind.Slash or TokenKind.Percent)
        {
            var op = Current.Kind switch
            {
                TokenKind.Star => BinaryOperator.Multiply,
                TokenKind.Slash => BinaryOperator.Divide,
                _ => BinaryOperator.Modulo,
            };
            Advance();
            left = Binary(op, left, ParsePower());
        }

        return left;
    }

    private Expr ParsePower()
    {
        var left = ParseUnary();
        while (Current.Kind == TokenKind.Caret)
        {
            Advance();
            left = Binary(BinaryOperator.Power, left, ParseUnary());
        }

        return left;
    }

    private Expr ParseUnary()
    {
        if (Current.Kind is TokenKind.Minus or TokenKind.Plus)
        {
            var start = Current.Start;
            var negate = Current.Kind == TokenKind.Minus;
            Advance();
            if (negate && Current.Kind == TokenKind.Integer)
            {
                var token = Current;
                Advance();
                var literal = new LiteralExpr(ParseIntegerLiteral(token.Text, negated: true, start)) { Start = start, End = token.End };
                return ParsePostfix(literal);
            }

            Enter();
            try
            {
                var operand = ParseUnary();
                return new UnaryExpr(negate ? UnaryOperator.Negate : UnaryOperator.Plus, operand) { Start = start, End = operand.End };
            }
            finally
            {
                Leave();
            }
        }

        return ParsePostfix(ParseAtom());
    }

    private Expr ParsePostfix(Expr expression, bool stopBeforeLastProperty = false)
    {
        while (true)
        {
            if (Current.Kind == TokenKind.Dot && IsNameToken(Peek()))
            {
                if (stopBeforeLastProperty && !(Peek(2).Kind is TokenKind.Dot or TokenKind.LeftBracket))
                {
                    var key = Peek().Text;
                    _position += 2;
                    return new PropertyExpr(expression, key) { Start = expression.Start, End = Previous.End };
                }

                Advance();
                var name = ParseName();
                expression = new PropertyExpr(expression, name) { Start = expression.Start, End = Previous.End };
            }
            else if (Current.Kind == TokenKind.LeftBracket)
            {
                Advance();
                Expr? from = null;
                if (Current.Kind != TokenKind.DotDot)
                {
                    from = ParseExpression();
                }

                if (Accept(TokenKind.DotDot))
                {
                    Expr? to = Current.Kind == TokenKind.RightBracket ? null : ParseExpression();
                    Expect(TokenKind.RightBracket);
                    expression = new SliceExpr(expression, from, to) { Start = expression.Start, End = Previous.End };
                }
                else
                {
                    Expect(TokenKind.RightBracket);
                    expression = new IndexExpr(expression, from!) { Start = expression.Start, End = Previous.End };
                }
            }
            else if (Current.Kind == TokenKind.Colon && !stopBeforeLastProperty && IsNameToken(Peek()))
            {
                var labels = ParseLabels();
                expression = new HasLabelsExpr(expression, labels) { Start = expression.Start, End = Previous.End };
            }
            else
            {
                return expression;
            }
        }
    }

    private Expr ParseAtom()
    {
        Enter();
        try
        {
            var start = Current.Start;
            var expression = ParseAtomCore();
            return expression.End == 0 && expression.Start == 0 ? expression with { Start = start, End = Previous.End } : expression;
        }
        finally
        {
            Leave();
        }
    }

    private Expr ParseAtomCore()
    {
        var token = Current;
        var start = token.Start;
        switch (token.Kind)
        {
            case TokenKind.Integer:
                Advance();
                return new LiteralExpr(ParseIntegerLiteral(token.Text, negated: false, start)) { Start = start, End = token.End };
            case TokenKind.Float:
                Advance();
                var number = double.Parse(token.Text, NumberStyles.Float, CultureInfo.InvariantCulture);
                if (double.IsInfinity(number))
                {
                    throw CypherException.Syntax("FloatingPointOverflow", $"The float literal '{token.Text}' is too large.", start);
                }

                return new LiteralExpr(Value.Float(number)) { Start = start, End = token.End };
            case TokenKind.String:
                Advance();
                return new LiteralExpr(Value.String(token.Text)) { Start = start, End = token.End };
            case TokenKind.Parameter:
                Advance();
                return new ParameterExpr(token.Text) { Start = start, End = token.End };
            case TokenKind.LeftBrace:
                return ParseMapLiteral();
            case TokenKind.LeftBracket:
                return ParseBracketAtom();
            case TokenKind.LeftParen:
                return ParseParenthesisAtom();
            case TokenKind.Identifier or TokenKind.QuotedIdentifier:
                return ParseNameAtom();
            case TokenKind.InvalidNumber:
                throw CypherException.Syntax("InvalidNumberLiteral", $"Invalid number literal '{token.Text}'.", start);
            default:
                throw Unexpected("an expression");
        }
    }

    private Expr ParseNameAtom()
    {
        var token = Current;
        var start = token.Start;
        var next = Peek();
        if (token.Kind == TokenKind.Identifier)
        {
            if (token.IsKeyword("TRUE") || token.IsKeyword("FALSE"))
            {
                Advance();
                return new LiteralExpr(Value.Boolean(token.IsKeyword("TRUE"))) { Start = start, End = token.End };
            }

            if (token.IsKeyword("NULL"))
            {
                Advance();
                return new LiteralExpr(Value.Null) { Start = start, End = token.End };
            }

            if (token.IsKeyword("CASE"))
            {
                return ParseCase();
            }

            if (token.IsKeyword("COUNT") && next.Kind == TokenKind.LeftParen && Peek(2).Kind == TokenKind.Star && Peek(3).Kind == TokenKind.RightParen)
            {
                _position += 4;
                return new CountStarExpr { Start = start, End = Previous.End };
            }

            if (token.IsKeyword("EXISTS") && next.Kind == TokenKind.LeftBrace)
            {
                return ParseExistsSubquery();
            }

            if ((token.IsKeyword("ALL") || token.IsKeyword("ANY") || token.IsKeyword("NONE") || token.IsKeyword("SINGLE"))
                && next.Kind == TokenKind.LeftParen && IsNameToken(Peek(2)) && Peek(3).IsKeyword("IN"))
            {
                return ParseQuantifier();
            }

            if (token.IsKeyword("REDUCE") && next.Kind == TokenKind.LeftParen)
            {
                return ParseReduce();
            }

            if ((token.IsKeyword("shortestPath") || token.IsKeyword("allShortestPaths")) && next.Kind == TokenKind.LeftParen)
            {
                var part = ParsePatternPart();
                return new ShortestPathExpr(part) { Start = start, End = Previous.End };
            }
        }

        if (IsFunctionCall())
        {
            return ParseFunctionCall();
        }

        Advance();
        var variable = new VariableExpr(token.Text) { Start = start, End = token.End };
        if (Current.Kind == TokenKind.LeftBrace)
        {
            return ParseMapProjection(variable);
        }

        return variable;
    }

    private bool IsFunctionCall()
    {
        var ahead = 0;
        while (true)
        {
            if (!IsNameToken(Peek(ahead)))
            {
                return false;
            }

            var after = Peek(ahead + 1);
            if (after.Kind == TokenKind.LeftParen)
            {
                return true;
            }

            if (after.Kind != TokenKind.Dot)
            {
                return false;
            }

            ahead += 2;
        }
    }

    private Expr ParseFunctionCall()
    {
        var start = Current.Start;
        var name = ParseQualifiedName();
        Expect(TokenKind.LeftParen);
        var distinct = TryKeyword("DISTINCT");
        var arguments = new List<Expr>();
        if (!Accept(TokenKind.RightParen))
        {
            arguments.AddRange(ParseExpressionList());
            Expect(TokenKind.RightParen);
        }

        return new FunctionCallExpr(name, distinct, arguments) { Start = start, End = Previous.End };
    }

    private Expr ParseCase()
    {
        var start = Current.Start;
        ExpectKeyword("CASE");
        Expr? subject = null;
        if (!Current.IsKeyword("WHEN"))
        {
            subject = ParseExpression();
        }

        var alternatives = new List<CaseAlternative>();
        while (TryKeyword("WHEN"))
        {
            var when = ParseExpression();
            ExpectKeyword("THEN");
            alternatives.Add(new CaseAlternative(when, ParseExpression()));
        }

        if (alternatives.Count == 0)
        {
            throw Unexpected("WHEN");
        }

        var otherwise = TryKeyword("ELSE") ? ParseExpression() : null;
        ExpectKeyword("END");
        return new CaseExpr(subject, alternatives, otherwise) { Start = start, End = Previous.End };
    }

    private Expr ParseQuantifier()
    {
        var start = Current.Start;
        var kind = Current.Text.ToUpperInvariant() switch
        {
            "ALL" => QuantifierKind.All,
            "ANY" => QuantifierKind.Any,
            "NONE" => QuantifierKind.None,
            _ => QuantifierKind.Single,
        };
        Advance();
        Expect(TokenKind.LeftParen);
        var variable = ParseName();
        ExpectKeyword("IN");
        var source = ParseExpression();
        var where = TryKeyword("WHERE") ? ParseExpression() : null;
        Expect(TokenKind.RightParen);
        return new QuantifierExpr(kind, variable, source, where) { Start = start, End = Previous.End };
    }

    private Expr ParseReduce()
    {
        var start = Current.Start;
        Advance();
        Expect(TokenKind.LeftParen);
        var accumulator = ParseName();
        Expect(TokenKind.Equals);
        var initial = ParseExpression();
        Expect(TokenKind.Comma);
        var variable = ParseName();
        ExpectKeyword("IN");
        var source = ParseExpression();
        Expect(TokenKind.Pipe);
        var body = ParseExpression();
        Expect(TokenKind.RightParen);
        return new ReduceExpr(accumulator, initial, variable, source, body) { Start = start, End = Previous.End };
    }

    private Expr ParseExistsSubquery()
    {
        var start = Current.Start;
        Advance();
        Expect(TokenKind.LeftBrace);
        Expr result;
        if (Current.IsKeyword("MATCH") || Current.IsKeyword("OPTIONAL") || Current.IsKeyword("WITH") || Current.IsKeyword("UNWIND")
            || Current.IsKeyword("CALL") || Current.IsKeyword("RETURN") || Current.IsKeyword("CREATE") || Current.IsKeyword("SET")
            || Current.IsKeyword("MERGE") || Current.IsKeyword("DELETE") || Current.IsKeyword("DETACH") || Current.IsKeyword("REMOVE"))
        {
            var query = ParseQuery();
            result = new ExistsSubqueryExpr(null, null, query);
        }
        else
        {
            var pattern = ParsePattern();
            var where = TryKeyword("WHERE") ? ParseExpression() : null;
            result = new ExistsSubqueryExpr(pattern, where, null);
        }

        Expect(TokenKind.RightBrace);
        return result with { Start = start, End = Previous.End };
    }

    private Expr ParseMapLiteral()
    {
        var start = Current.Start;
        Expect(TokenKind.LeftBrace);
        var entries = new List<KeyValuePair<string, Expr>>();
        if (!Accept(TokenKind.RightBrace))
        {
            do
            {
                var key = ParseName();
                Expect(TokenKind.Colon);
                entries.Add(new KeyValuePair<string, Expr>(key, ParseExpression()));
            }
            while (Accept(TokenKind.Comma));

            Expect(TokenKind.RightBrace);
        }

        return new MapExpr(entries) { Start = start, End = Previous.End };
    }

    private Expr ParseMapProjection(VariableExpr variable)
    {
        Expect(TokenKind.LeftBrace);
        var items = new List<MapProjectionItem>();
        if (!Accept(TokenKind.RightBrace))
        {
            do
            {
                if (Accept(TokenKind.Dot))
                {
                    if (Accept(TokenKind.Star))
                    {
                        items.Add(new AllPropertiesSelector());
                    }
                    else
                    {
                        items.Add(new PropertySelector(ParseName()));
                    }
                }
                else
                {
                    var name = ParseName();
                    if (Accept(TokenKind.Colon))
                    {
                        items.Add(new LiteralEntry(name, ParseExpression()));
                    }
                    else
                    {
                        items.Add(new VariableSelector(name));
                    }
                }
            }
            while (Accept(TokenKind.Comma));

            Expect(TokenKind.RightBrace);
        }

        return new MapProjectionExpr(variable.Name, items) { Start = variable.Start, End = Previous.End };
    }

    private Expr ParseBracketAtom()
    {
        var start = Current.Start;
        if (IsNameToken(Peek()) && Peek(2).IsKeyword("IN"))
        {
            Advance();
            var variable = ParseName();
            ExpectKeyword("IN");
            var source = ParseExpression();
            var where = TryKeyword("WHERE") ? ParseExpression() : null;
            var projection = Accept(TokenKind.Pipe) ? ParseExpression() : null;
            Expect(TokenKind.RightBracket);
            return new ListComprehensionExpr(variable, source, where, projection) { Start = start, End = Previous.End };
        }

        if ((IsNameToken(Peek()) && Peek(2).Kind == TokenKind.Equals) || Peek().Kind == TokenKind.LeftParen)
        {
            var saved = _position;
            try
            {
                Advance();
                string? pathVariable = null;
                if (IsNameToken(Current) && Peek().Kind == TokenKind.Equals)
                {
                    pathVariable = ParseName();
                    Advance();
                }

                var chain = ParsePatternChain();
                if (chain.Steps.Count > 0 && (Current.IsKeyword("WHERE") || Current.Kind == TokenKind.Pipe))
                {
                    var where = TryKeyword("WHERE") ? ParseExpression() : null;
                    Expect(TokenKind.Pipe);
                    var projection = ParseExpression();
                    Expect(TokenKind.RightBracket);
                    return new PatternComprehensionExpr(pathVariable, chain, where, projection) { Start = start, End = Previous.End };
                }
            }
            catch (CypherException) when (_position >= saved)
            {
            }

            _position = saved;
        }

        Advance();
        var items = new List<Expr>();
        if (!Accept(TokenKind.RightBracket))
        {
            items.AddRange(ParseExpressionList());
            Expect(TokenKind.RightBracket);
        }

        return new ListExpr(items) { Start = start, End = Previous.End };
    }

    private Expr ParseParenthesisAtom()
    {
        var start = Current.Start;
        var saved = _position;
        try
        {
            var chain = ParsePatternChain();
            if (chain.Steps.Count > 0)
            {
                return new PatternPredicateExpr(chain) { Start = start, End = Previous.End };
            }
        }
        catch (CypherException) when (_position >= saved)
        {
        }

        _position = saved;
        Expect(TokenKind.LeftParen);
        var inner = ParseExpression();
        Expect(TokenKind.RightParen);
        return inner with { Start = start, End = Previous.End };
    }

    private static BinaryExpr Binary(BinaryOperator op, Expr left, Expr right) =>
        new(op, left, right) { Start = left.Start, End = right.End };
}
