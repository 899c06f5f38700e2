using System.Globalization;
using TechSelfReliance.Bench;

// Benchmarks of TechSelfReliance. Usage: bench store [--nodes N] [--relationships M] [--seed S]
var arguments = args.ToList();
int Option(string name, int fallback)
{
    var index = arguments.IndexOf(name);
    return index >= 0 && index + 1 < arguments.Count ? int.Parse(arguments[index + 1], CultureInfo.InvariantCulture) : fallback;
}

switch (arguments.FirstOrDefault())
{
    case "cypher":
        CypherBenchmark.Run(Option("--nodes", 1_000_000), Option("--relationships", 10_000_000), Option("--seed", 7));
        return 0;
    case "store":
        StoreBenchmark.Run(Option("--nodes", 1_000_000), Option("--relationships", 10_000_000), Option("--seed", 7));
        return 0;
    default:
        Console.Error.WriteLine("usage: bench store|cypher [--nodes N] [--relationships M] [--seed S]");
        return 2;
}
