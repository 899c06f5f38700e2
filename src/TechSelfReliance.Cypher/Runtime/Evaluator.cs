using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Runtime;

/// <summary>A compiled expression: reads the row's slots and the query context, returns a value.</summary>
internal delegate Value Evaluator(Value[] row, QueryContext context);
