namespace TechSelfReliance.Backend.Wire;

/// <summary>A request or response body that does not follow the Query API's format (Neo4j's Neo.ClientError.Request.Invalid).</summary>
public sealed class WireFormatException : Exception
{
    public WireFormatException()
    {
    }

    public WireFormatException(string message)
        : base(message)
    {
    }

    public WireFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
