using TechSelfReliance.Graph;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Graph.Tests;

public sealed class StoreBasicsTests
{
    [Fact]
    public void Created_node_is_visible_after_commit()
    {
        using var store = GraphStore.CreateInMemory();
        long id;
        using (var tx = store.BeginWrite())
        {
            var person = tx.GetOrCreateLabel("Person");
            var name = tx.GetOrCreatePropertyKey("name");
            id = tx.CreateNode([person], [new(name, Value.String("Ada"))]);
            tx.Commit();
        }

        using var read = store.BeginRead();
        Assert.True(read.NodeExists(id));
        Assert.Equal("Ada", read.GetNodeProperty(id, read.Tokens.Lookup(Schema.TokenKind.PropertyKey, "name")).AsString());
    }
}
