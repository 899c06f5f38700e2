namespace TechSelfReliance.Graph.Durability;

/// <summary>A file the store appends to and forces to disk. Implementations report failures as <see cref="IOException"/>.</summary>
public interface IStoreFile : IDisposable
{
    long Length { get; }

    /// <summary>Writes the bytes at the end of the file.</summary>
    void Append(ReadOnlySpan<byte> data);

    /// <summary>Forces everything written so far to stable storage.</summary>
    void Sync();

    /// <summary>Cuts the file back to the given length.</summary>
    void Truncate(long length);
}
