using TechSelfReliance.Graph.Access;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Procedures;

/// <summary>The code of a procedure: given the graph and the arguments, the rows of its outputs in signature order.</summary>
public delegate IEnumerable<Value[]> ProcedureBody(GraphView graph, IReadOnlyList<Value> arguments);
