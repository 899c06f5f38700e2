using TechSelfReliance.Graph.Access;
using TechSelfReliance.Graph.Schema;

namespace TechSelfReliance.Cypher.Runtime;

/// <summary>
/// A label, type or property key named in a query. The id is looked up on first use and remembered once it
/// exists; until then (a name no data uses yet) lookups repeat, because a write in the same query may create it.
/// </summary>
internal sealed class TokenReference(TokenKind kind, string name)
{
    private int _id = -1;

    public TokenKind Kind { get; } = kind;

    public string Name { get; } = name;

    public int Resolve(GraphView graph)
    {
        if (_id < 0)
        {
            _id = graph.Tokens.Lookup(Kind, Name);
        }

        return _id;
    }
}
