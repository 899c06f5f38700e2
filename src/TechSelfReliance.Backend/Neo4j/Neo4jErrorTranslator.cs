using System.Text.RegularExpressions;
using TechSelfReliance.Cypher.Errors;

namespace TechSelfReliance.Backend.Neo4j;

/// <summary>
/// Turns a Neo4j error (code and message) into the <see cref="CypherException"/> the embedded engine would
/// raise, so callers handle one set of error classes on every backend. Thread-safe (stateless).
/// </summary>
public static partial class Neo4jErrorTranslator
{
    public static CypherException Translate(string code, string message, string statement, int? offset = null)
    {
        var errorClass = code switch
        {
            "Neo.ClientError.Statement.SyntaxError" => CypherErrorClass.SyntaxError,
            "Neo.ClientError.Statement.SemanticError" => CypherErrorClass.SemanticError,
            "Neo.ClientError.Statement.TypeError" => CypherErrorClass.TypeError,
            "Neo.ClientError.Statement.ArgumentError" => CypherErrorClass.ArgumentError,
            "Neo.ClientError.Statement.ArithmeticError" => CypherErrorClass.ArithmeticError,
            "Neo.ClientError.Statement.EntityNotFound" => CypherErrorClass.EntityNotFound,
            "Neo.ClientError.Statement.ParameterMissing" => CypherErrorClass.ParameterMissing,
            "Neo.ClientError.Schema.ConstraintValidationFailed" => CypherErrorClass.ConstraintValidationFailed,
            "Neo.ClientError.Schema.ConstraintCreationFailed" => CypherErrorClass.ConstraintVerificationFailed,
            "Neo.ClientError.Procedure.ProcedureNotFound" => CypherErrorClass.ProcedureError,
            "Neo.ClientError.Statement.AccessMode" or "Neo.ClientError.Security.Forbidden" => CypherErrorClass.AccessMode,
            "Neo.TransientError.General.MemoryPoolOutOfMemoryError" => CypherErrorClass.ResourceLimit,
            _ when code.StartsWith("Neo.ClientError.Transaction.TransactionTimedOut", StringComparison.Ordinal) => CypherErrorClass.Timeout,
            _ when code.StartsWith("Neo.ClientError.Schema.", StringComparison.Ordinal) => CypherErrorClass.SchemaError,
            _ => CypherErrorClass.Internal,
        };
        var detail = errorClass == CypherErrorClass.SchemaError ? code[(code.LastIndexOf('.') + 1)..] : code;
        offset ??= OffsetIn(message);
        return new CypherException(errorClass, detail, message, compileTime: errorClass is CypherErrorClass.SyntaxError or CypherErrorClass.SemanticError, offset)
            .WithPosition(statement);
    }

    /// <summary>Neo4j ends positioned messages with "(line 2, column 5 (offset: 21))".</summary>
    private static int? OffsetIn(string message)
    {
        var match = OffsetPattern().Match(message);
        return match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"\(offset: (\d+)\)")]
    private static partial Regex OffsetPattern();
}
