namespace TechSelfReliance.Graph.Durability;

/// <summary>
/// Every file operation the store performs. Tests substitute an implementation that fails or tears writes
/// on cue, to prove recovery and error handling without touching the store's code.
/// </summary>
public interface IStoreFileSystem
{
    bool FileExists(string path);

    void CreateDirectory(string path);

    byte[] ReadAllBytes(string path);

    Stream OpenRead(string path);

    /// <summary>Opens the file for appending, creating it if needed; with <paramref name="truncate"/> it starts empty.</summary>
    IStoreFile OpenAppend(string path, bool truncate);

    /// <summary>Atomically replaces <paramref name="destination"/> with <paramref name="source"/>.</summary>
    void Replace(string source, string destination);

    void Delete(string path);

    /// <summary>Forces the directory entry changes (creations, renames) to stable storage.</summary>
    void SyncDirectory(string path);
}
