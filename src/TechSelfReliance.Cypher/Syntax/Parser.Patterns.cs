using TechSelfReliance.Cypher.Errors;
using TechSelfReliance.Cypher.Syntax.Ast;

namespace TechSelfReliance.Cypher.Syntax;

internal sealed partial class Parser
{
    private Pattern ParsePattern()
    {
        var start = Current.Start;
        var parts = new List<PatternPart> { ParsePatternPart() };
        while (Accept(TokenKind.Comma))
        {
            parts.Add(ParsePatternPart());
        }

        return new Pattern(parts) { Start = start, End = Previous.End };
    }

    private PatternPart ParsePatternPart()
    {
        var start = Current.Start;
        string? pathVariable = null;
        if (IsNameToken(Current) && Peek().Kind == TokenKind.Equals)
        {
            pathVariable = ParseName();
            Advance();
        }

        var shortest = ShortestPathKind.None;
        if (Current.IsKeyword("shortestPath") && Peek().Kind == TokenKind.LeftParen)
        {
            shortest = ShortestPathKind.Shortest;
        }
        else if (Current.IsKeyword("allShortestPaths") && Peek().Kind == TokenKind.LeftParen)
        {
            shortest = ShortestPathKind.AllShortest;
        }

        PatternChain chain;
        if (shortest != ShortestPathKind.None)
        {
            _position += 2;
            chain = ParsePatternChain();
            Expect(TokenKind.RightParen);
        }
        else
        {
            chain = ParsePatternChain();
        }

        return new PatternPart(pathVariable, chain, shortest) { Start = start, End = Previous.End };
    }

    private PatternChain ParsePatternChain()
    {
        Enter();
        try
        {
            var start = Current.Start;
            if (Current.Kind == TokenKind.LeftParen && Peek().Kind == TokenKind.LeftParen)
            {
                Advance();
                var inner = ParsePatternChain();
                Expect(TokenKind.RightParen);
                return inner;
            }

            var first = ParseNodePattern();
            var steps = new List<PatternStep>();
            while (Current.Kind is TokenKind.Minus or TokenKind.UnicodeDash || (Current.Kind == TokenKind.LessThan && Peek().Kind is TokenKind.Minus or TokenKind.UnicodeDash))
            {
                var relationship = ParseRelationshipPattern();
                steps.Add(new PatternStep(relationship, ParseNodePattern()));
            }

            return new PatternChain(first, steps) { Start = start, End = Previous.End };
        }
        finally
        {
            Leave();
        }
    }

    private NodePattern ParseNodePattern()
    {
        var start = Current.Start;
        Expect(TokenKind.LeftParen);
        string? variable = null;
        if (IsNameToken(Current))
        {
            variable = ParseName();
        }

        var labels = ParseLabels();
        Expr? properties = null;
        if (Current.Kind == TokenKind.LeftBrace)
        {
            properties = ParseMapLiteral();
        }
        else if (Current.Kind == TokenKind.Parameter)
        {
            properties = new ParameterExpr(Current.Text) { Start = Current.Start, End = Current.End };
            Advance();
        }

        Expect(TokenKind.RightParen);
        return new NodePattern(variable, labels, properties) { Start = start, End = Previous.End };
    }

    private RelationshipPattern ParseRelationshipPattern()
    {
        var start = Current.Start;
        var leftArrow = Accept(TokenKind.LessThan);
        ExpectDash();
        string? variable = null;
        var types = new List<string>();
        VariableLength? length = null;
        Expr? properties = null;
        if (Accept(TokenKind.LeftBracket))
        {
            if (IsNameToken(Current))
            {
                variable = ParseName();
            }

            if (Accept(TokenKind.Colon))
            {
                types.Add(ParseName());
                while (Accept(TokenKind.Pipe))
                {
                    Accept(TokenKind.Colon);
                    types.Add(ParseName());
                }
            }

            if (Accept(TokenKind.Star))
            {
                if (Current.Kind == TokenKind.Minus)
                {
                    throw CypherException.Syntax("InvalidRelationshipPattern", "A variable-length bound cannot be negative.", Current.Start);
                }

                length = ParseRange();
            }
            else if (Current.Kind is TokenKind.DotDot or TokenKind.Integer)
            {
                throw CypherException.Syntax("InvalidRelationshipPattern", "A variable-length relationship needs '*' before its bounds.", Current.Start);
            }

            if (Current.Kind == TokenKind.LeftBrace)
            {
                properties = ParseMapLiteral();
            }
            else if (Current.Kind == TokenKind.Parameter)
            {
                properties = new ParameterExpr(Current.Text) { Start = Current.Start, End = Current.End };
                Advance();
            }

            Expect(TokenKind.RightBracket);
        }

        ExpectDash();
        var rightArrow = Accept(TokenKind.GreaterThan);
        var direction = leftArrow == rightArrow
            ? RelationshipDirection.Either
            : leftArrow ? RelationshipDirection.RightToLeft : RelationshipDirection.LeftToRight;
        return new RelationshipPattern(variable, types, direction, properties, length) { Start = start, End = Previous.End };
    }

    private void ExpectDash()
    {
        if (!Accept(TokenKind.Minus) && !Accept(TokenKind.UnicodeDash))
        {
            throw Unexpected("'-'");
        }
    }

    private VariableLength ParseRange()
    {
        long? min = null;
        long? max = null;
        if (Current.Kind == TokenKind.Integer)
        {
            min = ParseRangeBound();
        }

        if (Accept(TokenKind.DotDot))
        {
            if (Current.Kind == TokenKind.Integer)
            {
                max = ParseRangeBound();
            }
        }
        else if (min is not null)
        {
            max = min;
        }

        return new VariableLength(min, max);
    }

    private long ParseRangeBound()
    {
        var token = Current;
        Advance();
        var value = ParseIntegerLiteral(token.Text, negated: false, token.Start).AsInteger();
        return value;
    }

    private Statement? TryParseSchemaStatement()
    {
        var start = Current.Start;
        if (Current.IsKeyword("CREATE") && (Peek().IsKeyword("INDEX") || Peek().IsKeyword("CONSTRAINT")
            || (Peek().IsKeyword("RANGE") && Peek(2).IsKeyword("INDEX"))))
        {
            Advance();
            TryKeyword("RANGE");
            return TryKeyword("INDEX") ? ParseCreateIndex(start) : ParseCreateConstraint(start);
        }

        if (Current.IsKeyword("DROP") && (Peek().IsKeyword("INDEX") || Peek().IsKeyword("CONSTRAINT")))
        {
            Advance();
            var index = TryKeyword("INDEX");
            if (!index)
            {
                ExpectKeyword("CONSTRAINT");
            }

            var name = ParseName();
            var ifExists = false;
            if (TryKeyword("IF"))
            {
                ExpectKeyword("EXISTS");
                ifExists = true;
            }

            return index
                ? new DropIndexStatement(name, ifExists) { Start = start, End = Previous.End }
                : new DropConstraintStatement(name, ifExists) { Start = start, End = Previous.End };
        }

        if (Current.IsKeyword("SHOW"))
        {
            Advance();
            TryKeyword("ALL");
            TryKeyword("RANGE");
            TryKeyword("UNIQUE");
            TryKeyword("UNIQUENESS");
            if (TryKeyword("INDEX") || TryKeyword("INDEXES"))
            {
                return new ShowStatement(ShowKind.Indexes) { Start = start, End = Previous.End };
            }

            if (TryKeyword("CONSTRAINT") || TryKeyword("CONSTRAINTS"))
            {
                return new ShowStatement(ShowKind.Constraints) { Start = start, End = Previous.End };
            }

            throw Unexpected("INDEXES or CONSTRAINTS");
        }

        return null;
    }

    private Statement ParseCreateIndex(int start)
    {
        if (TryKeyword("ON"))
        {
            Expect(TokenKind.Colon);
            var legacyLabel = ParseName();
            Expect(TokenKind.LeftParen);
            var legacyProperties = new List<string> { ParseName() };
            while (Accept(TokenKind.Comma))
            {
                legacyProperties.Add(ParseName());
            }

            Expect(TokenKind.RightParen);
            return new CreateIndexStatement(null, legacyLabel, legacyProperties, false) { Start = start, End = Previous.End };
        }

        var (name, ifNotExists) = ParseSchemaNameAndGuard();
        ExpectKeyword("FOR");
        var (variable, label) = ParseSchemaNode();
        ExpectKeyword("ON");
        Expect(TokenKind.LeftParen);
        var properties = new List<string> { ParseSchemaProperty(variable) };
        while (Accept(TokenKind.Comma))
        {
            properties.Add(ParseSchemaProperty(variable));
        }

        Expect(TokenKind.RightParen);
        return new CreateIndexStatement(name, label, properties, ifNotExists) { Start = start, End = Previous.End };
    }

    private Statement ParseCreateConstraint(int start)
    {
        ExpectKeyword("CONSTRAINT");
        var (name, ifNotExists) = ParseSchemaNameAndGuard();
        string variable, label;
        if (TryKeyword("FOR"))
        {
            (variable, label) = ParseSchemaNode();
            ExpectKeyword("REQUIRE");
        }
        else
        {
            ExpectKeyword("ON");
            (variable, label) = ParseSchemaNode();
            ExpectKeyword("ASSERT");
        }

        var properties = new List<string>();
        if (Accept(TokenKind.LeftParen))
        {
            properties.Add(ParseSchemaProperty(variable));
            while (Accept(TokenKind.Comma))
            {
                properties.Add(ParseSchemaProperty(variable));
            }

            Expect(TokenKind.RightParen);
        }
        else
        {
            properties.Add(ParseSchemaProperty(variable));
        }

        ExpectKeyword("IS");
        if (!TryKeyword("UNIQUE"))
        {
            ExpectKeyword("NODE");
            ExpectKeyword("KEY");
        }

        return new CreateConstraintStatement(name, label, properties, ifNotExists) { Start = start, End = Previous.End };
    }

    private (string? Name, bool IfNotExists) ParseSchemaNameAndGuard()
    {
        string? name = null;
        if (IsNameToken(Current) && !Current.IsKeyword("FOR") && !Current.IsKeyword("ON") && !(Current.IsKeyword("IF") && Peek().IsKeyword("NOT")))
        {
            name = ParseName();
        }

        var ifNotExists = false;
        if (TryKeyword("IF"))
        {
            ExpectKeyword("NOT");
            ExpectKeyword("EXISTS");
            ifNotExists = true;
        }

        return (name, ifNotExists);
    }

    private (string Variable, string Label) ParseSchemaNode()
    {
        Expect(TokenKind.LeftParen);
        var variable = ParseName();
        Expect(TokenKind.Colon);
        var label = ParseName();
        Expect(TokenKind.RightParen);
        return (variable, label);
    }

    private string ParseSchemaProperty(string variable)
    {
        var start = Current.Start;
        var owner = ParseName();
        if (owner != variable)
        {
            throw CypherException.Syntax("UndefinedVariable", $"Variable `{owner}` not defined.", start);
        }

        Expect(TokenKind.Dot);
        return ParseName();
    }
}
