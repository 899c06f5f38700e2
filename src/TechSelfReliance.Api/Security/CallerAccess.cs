namespace TechSelfReliance.Api.Security;

/// <summary>What a caller may do: read only (anonymous), write (holds the write token), or nothing (bad credentials).</summary>
public enum CallerAccess
{
    Anonymous,
    Writer,
    Rejected,
}
