using TechSelfReliance.Graph.Import;
using TechSelfReliance.Graph.Tests.Support;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Graph.Tests.Import;

public sealed class CsvBulkImporterTests
{
    private static (string[] Nodes, string Relationships) Files(TemporaryDirectory folder, string relationshipRows = "a1,b1,3,\"first, with comma\"\nb1,a1,4,\"say \"\"hi\"\"\"\n")
    {
        File.WriteAllText(folder.Combine("A.csv"), "id:ID,name,score:double,active:boolean,rank:long\na1,Alpha,1.5,true,7\na2,\"Alpha, two\",2,false,\n");
        File.WriteAllText(folder.Combine("B.csv"), "id:ID,name\nb1,\"Line\nbreak\"\n");
        File.WriteAllText(folder.Combine("R.csv"), ":START_ID,:END_ID,weight:long,note\n" + relationshipRows);
        return ([folder.Combine("A.csv"), folder.Combine("B.csv")], folder.Combine("R.csv"));
    }

    [Fact]
    public void Imports_typed_properties_quoted_fields_and_relationships_durably()
    {
        using var folder = new TemporaryDirectory();
        var (nodes, relationships) = Files(folder);
        var options = new GraphStoreOptions { DataDirectory = folder.Combine("db") };

        ImportReport report;
        using (var store = GraphStore.Open(options))
        {
            report = new CsvBulkImporter(store).Import([(nodes[0], "A"), (nodes[1], "B")], [(relationships, "R")]);
        }

        Assert.Equal(3, report.Nodes);
        Assert.Equal(2, report.Relationships);
        using var reopened = GraphStore.Open(options);
        using var read = reopened.BeginRead();
        var a = read.Tokens.Lookup(Schema.TokenKind.Label, "A");
        var name = read.Tokens.Lookup(Schema.TokenKind.PropertyKey, "name");
        var score = read.Tokens.Lookup(Schema.TokenKind.PropertyKey, "score");
        var active = read.Tokens.Lookup(Schema.TokenKind.PropertyKey, "active");
        var rank = read.Tokens.Lookup(Schema.TokenKind.PropertyKey, "rank");
        var id = read.Tokens.Lookup(Schema.TokenKind.PropertyKey, "id");
        var aNodes = read.NodesWithLabel(a).ToList();
        Assert.Equal(2, aNodes.Count);
        var first = aNodes.Single(n => read.GetNodeProperty(n, id).AsString() == "a1");
        var second = aNodes.Single(n => read.GetNodeProperty(n, id).AsString() == "a2");
        Assert.Equal(1.5, read.GetNodeProperty(first, score).AsFloat());
        Assert.True(read.GetNodeProperty(first, active).AsBoolean());
        Assert.Equal(7, read.GetNodeProperty(first, rank).AsInteger());
        Assert.Equal("Alpha, two", read.GetNodeProperty(second, name).AsString());
        Assert.True(read.GetNodeProperty(second, rank).IsNull);
        Assert.Equal(2, read.CountRelationships(-1, read.Tokens.Lookup(Schema.TokenKind.RelationshipType, "R"), -1));
        Assert.NotNull(read.FindIndex(a, id));
    }

    [Theory]
    [InlineData("a1,nobody,1,x\n", "no node has the id 'nobody'")]
    [InlineData("a1,b1,not-a-number,x\n", "is not an integer")]
    [InlineData("a1,b1,1\n", "3 fields where the header has 4")]
    public void Malformed_file_fails_with_its_line_and_leaves_the_store_as_it_was(string rows, string message)
    {
        using var folder = new TemporaryDirectory();
        var (nodes, relationships) = Files(folder, "a1,b1,1,fine\n" + rows);
        var options = new GraphStoreOptions { DataDirectory = folder.Combine("db") };
        using (var store = GraphStore.Open(options))
        {
            using (var before = store.BeginWrite())
            {
                before.CreateNode([before.GetOrCreateLabel("Existing")]);
                before.Commit();
            }

            var error = Assert.Throws<FormatException>(() => new CsvBulkImporter(store).Import([(nodes[0], "A"), (nodes[1], "B")], [(relationships, "R")]));

            Assert.Contains(message, error.Message);
            Assert.Contains("line 3", error.Message);
            Assert.Equal(1, store.Status.NodeCount);
            Assert.Equal(0, store.Status.RelationshipCount);
        }

        using var reopened = GraphStore.Open(options);
        Assert.Equal(1, reopened.Status.NodeCount);
        using var write = reopened.BeginWrite();
        write.CreateNode([write.GetOrCreateLabel("After")]);
        write.Commit();
    }

    [Fact]
    public void Duplicate_id_is_refused()
    {
        using var folder = new TemporaryDirectory();
        File.WriteAllText(folder.Combine("A.csv"), "id:ID\nx\nx\n");
        using var store = GraphStore.CreateInMemory();

        var error = Assert.Throws<FormatException>(() => new CsvBulkImporter(store).Import([(folder.Combine("A.csv"), "A")], []));

        Assert.Contains("used twice", error.Message);
        Assert.Equal(0, store.Status.NodeCount);
    }
}
