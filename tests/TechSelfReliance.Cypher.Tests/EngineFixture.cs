using TechSelfReliance.Cypher.Execution;
using TechSelfReliance.Graph;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Tests;

/// <summary>An in-memory store with an engine, plus helpers to run queries and read single values.</summary>
internal sealed class EngineFixture : IDisposable
{
    public EngineFixture() => Engine = new CypherEngine(Store);

    public GraphStore Store { get; } = GraphStore.CreateInMemory();

    public CypherEngine Engine { get; }

    public QueryResult Run(string query, object? parameters = null, ExecutionOptions? options = null) =>
        Engine.Execute(query, Parameters(parameters), options);

    public Value Scalar(string query, object? parameters = null) => Run(query, parameters).Rows.Single().Single();

    public static Dictionary<string, Value> Parameters(object? parameters)
    {
        var result = new Dictionary<string, Value>(StringComparer.Ordinal);
        foreach (var property in parameters?.GetType().GetProperties() ?? [])
        {
            result[property.Name] = property.GetValue(parameters) switch
            {
                null => Value.Null,
                int i => Value.Integer(i),
                long l => Value.Integer(l),
                double d => Value.Float(d),
                string s => Value.String(s),
                bool b => Value.Boolean(b),
                Value v => v,
                var other => throw new ArgumentException($"Unsupported parameter type {other.GetType()}"),
            };
        }

        return result;
    }

    public void Dispose() => Store.Dispose();
}
