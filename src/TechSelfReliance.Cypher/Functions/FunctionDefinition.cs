using TechSelfReliance.Cypher.Runtime;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Functions;

/// <summary>A scalar function: its name, how many arguments it takes, and its code.</summary>
internal sealed record FunctionDefinition(string Name, int MinArguments, int MaxArguments, Func<Value[], QueryContext, Value> Invoke);
