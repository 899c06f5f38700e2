using System.Globalization;
using TechSelfReliance.Bench;

// Benchmarks of TechSelfReliance. Usage:
//   bench --scale 0.1|1 [--seed S]                 side by side with Kuzu
//   bench store|cypher [--nodes N] [--relationships M] [--seed S]
var arguments = args.ToList();
int Option(string name, int fallback)
{
    var index = arguments.IndexOf(name);
    return index >= 0 && index + 1 < arguments.Count ? int.Parse(arguments[index + 1], CultureInfo.InvariantCulture) : fallback;
}

double Scale() => double.Parse(arguments[arguments.IndexOf("--scale") + 1], CultureInfo.InvariantCulture);

switch (arguments.FirstOrDefault())
{
    case "--scale":
    case "kuzu":
        return TechSelfReliance.Bench.Yardstick.YardstickBenchmark.Run(arguments.Contains("--scale") ? Scale() : 0.1, Option("--seed", 7));
    case "cypher":
        CypherBenchmark.Run(Option("--nodes", 1_000_000), Option("--relationships", 10_000_000), Option("--seed", 7));
        return 0;
    case "store":
        StoreBenchmark.Run(Option("--nodes", 1_000_000), Option("--relationships", 10_000_000), Option("--seed", 7));
        return 0;
    default:
        Console.Error.WriteLine("usage: bench --scale 0.1|1 [--seed S] | bench store|cypher [--nodes N] [--relationships M] [--seed S]");
        return 2;
}
