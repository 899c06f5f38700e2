namespace TechSelfReliance.Graph;

/// <summary>The files of a store are damaged in a way recovery must not paper over.</summary>
public sealed class StoreCorruptedException : Exception
{
    public StoreCorruptedException(string message)
        : base(message)
    {
    }

    public StoreCorruptedException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
