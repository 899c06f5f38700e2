using TechSelfReliance.Cypher.Errors;
using TechSelfReliance.Cypher.Runtime;
using TechSelfReliance.Cypher.Syntax.Ast;
using TechSelfReliance.Graph;
using TechSelfReliance.Graph.Schema;
using TechSelfReliance.Graph.Transactions;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Execution;

public sealed partial class CypherEngine
{
    private static QueryResult RunSchemaStatement(Statement statement, QueryContext context, WriteTransaction? writer)
    {
        var graph = context.Graph;
        switch (statement)
        {
            case ShowStatement { Kind: ShowKind.Indexes }:
                var indexRows = graph.Indexes.Select(i => new[]
                {
                    Value.Integer(i.Id), Value.String(i.Name), Value.String("ONLINE"), Value.Float(100.0), Value.String("RANGE"), Value.String("NODE"),
                    Value.List(Value.String(graph.Tokens.Name(TokenKind.Label, i.Label))), Value.List(Value.String(graph.Tokens.Name(TokenKind.PropertyKey, i.Key))),
                    Value.String("range-1.0"), i.OwningConstraint is null ? Value.Null : Value.String(i.OwningConstraint),
                }).ToList();
                return Result(["id", "name", "state", "populationPercent", "type", "entityType", "labelsOrTypes", "properties", "indexProvider", "owningConstraint"],
                    indexRows, "r", context);
            case ShowStatement:
                var constraintRows = graph.Constraints.Select(c => new[]
                {
                    Value.Integer(c.Id), Value.String(c.Name), Value.String("UNIQUENESS"), Value.String("NODE"),
                    Value.List(Value.String(graph.Tokens.Name(TokenKind.Label, c.Label))), Value.List(Value.String(graph.Tokens.Name(TokenKind.PropertyKey, c.Key))),
                    Value.String(c.Name),
                }).ToList();
                return Result(["id", "name", "type", "entityType", "labelsOrTypes", "properties", "ownedIndex"], constraintRows, "r", context);
        }

        var tx = writer ?? context.RequireWriter();
        switch (statement)
        {
            case CreateIndexStatement create:
                RequireSingleProperty(create.Properties, create.Start);
                var label = tx.GetOrCreateLabel(create.Label);
                var key = tx.GetOrCreatePropertyKey(create.Properties[0]);
                if (create.IfNotExists && (tx.Indexes.Any(i => i.Label == label && i.Key == key) || (create.Name is { } n && tx.Indexes.Any(i => i.Name == n))))
                {
                    break;
                }

                tx.CreateIndex(create.Name, label, key);
                context.Counters.IndexesAdded++;
                break;
            case DropIndexStatement drop:
                if (drop.IfExists && tx.Indexes.All(i => i.Name != drop.Name))
                {
                    break;
                }

                tx.DropIndex(drop.Name);
                context.Counters.IndexesRemoved++;
                break;
            case CreateConstraintStatement constraint:
                RequireSingleProperty(constraint.Properties, constraint.Start);
                var constraintLabel = tx.GetOrCreateLabel(constraint.Label);
                var constraintKey = tx.GetOrCreatePropertyKey(constraint.Properties[0]);
                if (constraint.IfNotExists && (tx.Constraints.Any(c => c.Label == constraintLabel && c.Key == constraintKey) || (constraint.Name is { } cn && tx.Constraints.Any(c => c.Name == cn))))
                {
                    break;
                }

                try
                {
                    tx.CreateUniqueConstraint(constraint.Name, constraintLabel, constraintKey);
                }
                catch (GraphStoreException error) when (error.Kind == GraphErrorKind.ConstraintViolation)
                {
                    throw new CypherException(CypherErrorClass.ConstraintVerificationFailed, "ConstraintCreationFailed", error.Message, compileTime: false, inner: error);
                }

                context.Counters.ConstraintsAdded++;
                break;
            case DropConstraintStatement dropConstraint:
                if (dropConstraint.IfExists && tx.Constraints.All(c => c.Name != dropConstraint.Name))
                {
                    break;
                }

                tx.DropConstraint(dropConstraint.Name);
                context.Counters.ConstraintsRemoved++;
                break;
        }

        return Result([], [], "s", context);
    }

    private static void RequireSingleProperty(IReadOnlyList<string> properties, int offset)
    {
        if (properties.Count != 1)
        {
            throw CypherException.Syntax("UnsupportedComposite", "Indexes and constraints on more than one property are not supported.", offset);
        }
    }
}
