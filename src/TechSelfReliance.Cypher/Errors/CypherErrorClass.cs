namespace TechSelfReliance.Cypher.Errors;

/// <summary>The error classes of the openCypher TCK, plus the few a server adds (timeouts, budgets, access).</summary>
public enum CypherErrorClass
{
    SyntaxError,
    SemanticError,
    TypeError,
    ArgumentError,
    ArithmeticError,
    EntityNotFound,
    ParameterMissing,
    ConstraintValidationFailed,
    ConstraintVerificationFailed,
    ProcedureError,
    SchemaError,
    Timeout,
    ResourceLimit,
    AccessMode,
    Internal,
}
