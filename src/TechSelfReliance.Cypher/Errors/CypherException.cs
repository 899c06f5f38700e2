namespace TechSelfReliance.Cypher.Errors;

/// <summary>
/// A Cypher failure: its TCK class and detail (e.g. SyntaxError / UndefinedVariable), whether it was found
/// before anything ran, where in the statement (when known), and the Neo4j status code clients expect.
/// </summary>
public sealed class CypherException : Exception
{
    public CypherException(CypherErrorClass errorClass, string detail, string message, bool compileTime, int? offset = null, Exception? inner = null)
        : base(message, inner)
    {
        ErrorClass = errorClass;
        Detail = detail;
        CompileTime = compileTime;
        Offset = offset;
    }

    public CypherException()
    {
        Detail = string.Empty;
    }

    public CypherException(string message)
        : base(message)
    {
        Detail = string.Empty;
    }

    public CypherException(string message, Exception innerException)
        : base(message, innerException)
    {
        Detail = string.Empty;
    }

    public CypherErrorClass ErrorClass { get; }

    public string Detail { get; }

    public bool CompileTime { get; }

    /// <summary>Zero-based character offset in the statement, when the error has a position.</summary>
    public int? Offset { get; private set; }

    /// <summary>One-based line, filled in once the statement text is known.</summary>
    public int? Line { get; private set; }

    /// <summary>One-based column, filled in once the statement text is known.</summary>
    public int? Column { get; private set; }

    public string StatusCode => ErrorClass switch
    {
        CypherErrorClass.SyntaxError => "Neo.ClientError.Statement.SyntaxError",
        CypherErrorClass.SemanticError => "Neo.ClientError.Statement.SemanticError",
        CypherErrorClass.TypeError => "Neo.ClientError.Statement.TypeError",
        CypherErrorClass.ArgumentError => "Neo.ClientError.Statement.ArgumentError",
        CypherErrorClass.ArithmeticError => "Neo.ClientError.Statement.ArithmeticError",
        CypherErrorClass.EntityNotFound => "Neo.ClientError.Statement.EntityNotFound",
        CypherErrorClass.ParameterMissing => "Neo.ClientError.Statement.ParameterMissing",
        CypherErrorClass.ConstraintValidationFailed => "Neo.ClientError.Schema.ConstraintValidationFailed",
        CypherErrorClass.ConstraintVerificationFailed => "Neo.ClientError.Schema.ConstraintCreationFailed",
        CypherErrorClass.ProcedureError => "Neo.ClientError.Procedure.ProcedureNotFound",
        CypherErrorClass.SchemaError => Detail switch
        {
            "EquivalentSchemaRuleAlreadyExists" => "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists",
            "IndexNotFound" => "Neo.ClientError.Schema.IndexNotFound",
            "ConstraintNotFound" => "Neo.ClientError.Schema.ConstraintNotFound",
            _ => "Neo.ClientError.Schema.SchemaRuleFailed",
        },
        CypherErrorClass.Timeout => "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
        CypherErrorClass.ResourceLimit => "Neo.TransientError.General.MemoryPoolOutOfMemoryError",
        CypherErrorClass.AccessMode => "Neo.ClientError.Statement.AccessMode",
        _ => "Neo.DatabaseError.General.UnknownError",
    };

    /// <summary>Fills in line and column from the statement text (and an offset, if the error had none).</summary>
    public CypherException WithPosition(string statement, int? offset = null)
    {
        Offset ??= offset;
        if (Offset is { } position && position >= 0 && position <= statement.Length)
        {
            var line = 1;
            var lineStart = 0;
            for (var i = 0; i < position; i++)
            {
                if (statement[i] == '\n')
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            Line = line;
            Column = position - lineStart + 1;
        }

        return this;
    }

    public static CypherException Syntax(string detail, string message, int? offset = null) =>
        new(CypherErrorClass.SyntaxError, detail, message, compileTime: true, offset);

    public static CypherException Semantic(string detail, string message, int? offset = null) =>
        new(CypherErrorClass.SemanticError, detail, message, compileTime: true, offset);

    public static CypherException Type(string detail, string message, int? offset = null) =>
        new(CypherErrorClass.TypeError, detail, message, compileTime: false, offset);

    public static CypherException Argument(string detail, string message) =>
        new(CypherErrorClass.ArgumentError, detail, message, compileTime: false);

    public static CypherException Arithmetic(string detail, string message) =>
        new(CypherErrorClass.ArithmeticError, detail, message, compileTime: false);

    public static CypherException EntityNotFound(string detail, string message) =>
        new(CypherErrorClass.EntityNotFound, detail, message, compileTime: false);
}
