namespace TechSelfReliance.Graph.Schema;

/// <summary>
/// Names of labels, relationship types and property keys and their ids. Ids are dense and never change.
/// Thread-safety: lookups are lock-free and safe from any thread; only the writer holding the store's write
/// lock creates tokens. Tokens are logged by the first commit after their creation (see <see cref="DurableCount"/>).
/// </summary>
public sealed class TokenRegistry
{
    private readonly Names[] _names = [new(), new(), new()];

    public int Lookup(TokenKind kind, string name) =>
        _names[(int)kind].Ids.TryGetValue(name, out var id) ? id : -1;

    public string Name(TokenKind kind, int id) => _names[(int)kind].List[id];

    public int Count(TokenKind kind) => _names[(int)kind].List.Count;

    /// <summary>How many tokens of this kind are already recorded in the log or the snapshot.</summary>
    public int DurableCount(TokenKind kind) => _names[(int)kind].Durable;

    public IReadOnlyList<string> All(TokenKind kind)
    {
        var names = _names[(int)kind];
        lock (names)
        {
            return names.List.ToArray();
        }
    }

    internal int GetOrCreate(TokenKind kind, string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var names = _names[(int)kind];
        if (names.Ids.TryGetValue(name, out var id))
        {
            return id;
        }

        lock (names)
        {
            if (names.Ids.TryGetValue(name, out id))
            {
                return id;
            }

            id = names.List.Count;
            names.List.Add(name);
            names.Ids[name] = id;
            return id;
        }
    }

    /// <summary>Defines a token with a known id while recovering; ids must arrive in order.</summary>
    internal void Define(TokenKind kind, int id, string name)
    {
        var names = _names[(int)kind];
        lock (names)
        {
            if (id < names.List.Count)
            {
                if (names.List[id] != name)
                {
                    throw new StoreCorruptedException($"Token {kind} {id} is recorded as '{name}' but was '{names.List[id]}'.");
                }
            }
            else if (id == names.List.Count)
            {
                names.List.Add(name);
                names.Ids[name] = id;
            }
            else
            {
                throw new StoreCorruptedException($"Token {kind} {id} ('{name}') is recorded before token {names.List.Count}.");
            }

            names.Durable = Math.Max(names.Durable, id + 1);
        }
    }

    internal void MarkDurable(TokenKind kind, int count)
    {
        var names = _names[(int)kind];
        lock (names)
        {
            names.Durable = Math.Max(names.Durable, count);
        }
    }

    private sealed class Names
    {
        public System.Collections.Concurrent.ConcurrentDictionary<string, int> Ids { get; } = new(StringComparer.Ordinal);

        public List<string> List { get; } = [];

        public int Durable { get; set; }
    }
}
