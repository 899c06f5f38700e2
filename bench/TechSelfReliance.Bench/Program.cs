using System.Globalization;
using TechSelfReliance.Bench;

// Benchmarks of TechSelfReliance. Usage:
//   bench --scale 0.1|1 [--seed S]                 side by side with Kuzu
//   bench store|cypher [--nodes N] [--relationships M] [--seed S]
//   bench http [--clients C] [--seconds S]        the HTTP API under load (server in its own process)
//   bench web [--runs R]                          the web UI in Chromium
var arguments = args.ToList();
int Option(string name, int fallback)
{
    var index = arguments.IndexOf(name);
    return index >= 0 && index + 1 < arguments.Count ? int.Parse(arguments[index + 1], CultureInfo.InvariantCulture) : fallback;
}

static string RepositoryRoot() => Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../.."));

double Scale() => double.Parse(arguments[arguments.IndexOf("--scale") + 1], CultureInfo.InvariantCulture);

switch (arguments.FirstOrDefault())
{
    case "--scale":
    case "kuzu":
        return TechSelfReliance.Bench.Yardstick.YardstickBenchmark.Run(arguments.Contains("--scale") ? Scale() : 0.1, Option("--seed", 7));
    case "cypher":
        CypherBenchmark.Run(Option("--nodes", 1_000_000), Option("--relationships", 10_000_000), Option("--seed", 7));
        return 0;
    case "http":
        TechSelfReliance.Bench.Http.HttpBenchmark.Run(RepositoryRoot(), Option("--clients", 8), Option("--seconds", 8));
        return 0;
    case "web":
        await TechSelfReliance.Bench.Web.WebBenchmark.RunAsync(RepositoryRoot(), Option("--runs", 5));
        return 0;
    case "store":
        StoreBenchmark.Run(Option("--nodes", 1_000_000), Option("--relationships", 10_000_000), Option("--seed", 7));
        return 0;
    default:
        Console.Error.WriteLine("usage: bench --scale 0.1|1 [--seed S] | bench store|cypher [--nodes N] [--relationships M] [--seed S]");
        return 2;
}
