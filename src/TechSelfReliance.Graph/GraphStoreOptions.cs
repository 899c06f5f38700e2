using TechSelfReliance.Graph.Durability;

namespace TechSelfReliance.Graph;

/// <summary>How a store is opened.</summary>
public sealed record GraphStoreOptions
{
    /// <summary>Folder of the log and the snapshot; created when missing.</summary>
    public string DataDirectory { get; init; } = "./data";

    /// <summary>No files at all: for tests and throwaway use. Everything is lost on dispose.</summary>
    public bool InMemory { get; init; }

    public IStoreFileSystem FileSystem { get; init; } = PhysicalFileSystem.Instance;

    /// <summary>A checkpoint runs after a commit once the log has grown past this size.</summary>
    public long CheckpointLogBytes { get; init; } = 256L << 20;

    /// <summary>How long <see cref="GraphStore.BeginWrite"/> waits for the writer before giving up.</summary>
    public TimeSpan WriterWaitTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Write a checkpoint when the store is disposed, so the next open reads one snapshot and no log.</summary>
    public bool CheckpointOnDispose { get; init; } = true;

    public static GraphStoreOptions Memory() => new() { InMemory = true };
}
