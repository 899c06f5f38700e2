namespace TechSelfReliance.Bench.Yardstick;

/// <summary>
/// One benchmark question in both dialects, with the parameter sets it is timed over. Both engines answer
/// every parameter set; the answers must agree.
/// </summary>
public sealed record Question(string Name, string Description, string Ours, string Kuzu, IReadOnlyList<Dictionary<string, object>> Parameters, int Warmup);
