using TechSelfReliance.Cypher.Errors;
using TechSelfReliance.Cypher.Procedures;
using TechSelfReliance.Cypher.Runtime.Values;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Runtime.Operators;

/// <summary>Checks procedure arguments against the declared types; an integer may be passed where a float is declared.</summary>
internal static class ProcedureArguments
{
    public static Value Coerce(ProcedureSignature signature, int index, Value value)
    {
        var declared = signature.Inputs[index].Type.TrimEnd('?').ToUpperInvariant();
        if (value.IsNull)
        {
            return value;
        }

        var ok = declared switch
        {
            "ANY" => true,
            "INTEGER" => value.Kind == ValueKind.Integer,
            "FLOAT" => value.IsNumber,
            "NUMBER" => value.IsNumber,
            "STRING" => value.Kind == ValueKind.String,
            "BOOLEAN" => value.Kind == ValueKind.Boolean,
            "MAP" => value.Kind == ValueKind.Map,
            "NODE" => value.Kind == ValueKind.Node,
            "RELATIONSHIP" => value.Kind == ValueKind.Relationship,
            "PATH" => value.Kind == ValueKind.Path,
            _ => declared.StartsWith("LIST", StringComparison.Ordinal) ? value.Kind == ValueKind.List : true,
        };
        if (!ok)
        {
            throw CypherException.Type("InvalidArgumentType",
                $"Procedure {signature.Name} expects {signature.Inputs[index].Name} to be {declared}, but got {CypherTypeNames.Of(value)}.");
        }

        return declared == "FLOAT" && value.Kind == ValueKind.Integer ? Value.Float(value.AsInteger()) : value;
    }
}
