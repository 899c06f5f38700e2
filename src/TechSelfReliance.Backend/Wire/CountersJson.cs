using System.Text.Json;
using TechSelfReliance.Cypher.Execution;

namespace TechSelfReliance.Backend.Wire;

/// <summary>The Query API's <c>counters</c> object, both ways. Thread-safe (stateless).</summary>
public static class CountersJson
{
    public static void Write(Utf8JsonWriter writer, QueryCounters counters)
    {
        writer.WriteStartObject();
        writer.WriteBoolean("containsUpdates", counters.ContainsUpdates);
        writer.WriteNumber("nodesCreated", counters.NodesCreated);
        writer.WriteNumber("nodesDeleted", counters.NodesDeleted);
        writer.WriteNumber("propertiesSet", counters.PropertiesSet);
        writer.WriteNumber("relationshipsCreated", counters.RelationshipsCreated);
        writer.WriteNumber("relationshipsDeleted", counters.RelationshipsDeleted);
        writer.WriteNumber("labelsAdded", counters.LabelsAdded);
        writer.WriteNumber("labelsRemoved", counters.LabelsRemoved);
        writer.WriteNumber("indexesAdded", counters.IndexesAdded);
        writer.WriteNumber("indexesRemoved", counters.IndexesRemoved);
        writer.WriteNumber("constraintsAdded", counters.ConstraintsAdded);
        writer.WriteNumber("constraintsRemoved", counters.ConstraintsRemoved);
        writer.WriteBoolean("containsSystemUpdates", false);
        writer.WriteNumber("systemUpdates", 0);
        writer.WriteEndObject();
    }

    public static QueryCounters Read(JsonElement element)
    {
        int Get(string name) => element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : 0;
        return new QueryCounters
        {
            NodesCreated = Get("nodesCreated"),
            NodesDeleted = Get("nodesDeleted"),
            PropertiesSet = Get("propertiesSet"),
            RelationshipsCreated = Get("relationshipsCreated"),
            RelationshipsDeleted = Get("relationshipsDeleted"),
            LabelsAdded = Get("labelsAdded"),
            LabelsRemoved = Get("labelsRemoved"),
            IndexesAdded = Get("indexesAdded"),
            IndexesRemoved = Get("indexesRemoved"),
            ConstraintsAdded = Get("constraintsAdded"),
            ConstraintsRemoved = Get("constraintsRemoved"),
        };
    }
}
