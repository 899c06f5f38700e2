namespace TechSelfReliance.Backend;

/// <summary>Whether a statement may write. Read statements that would write are refused before they run.</summary>
public enum QueryAccess
{
    Read,
    Write,
}
