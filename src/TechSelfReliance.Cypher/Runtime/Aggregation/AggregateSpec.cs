using TechSelfReliance.Cypher.Errors;

namespace TechSelfReliance.Cypher.Runtime.Aggregation;

/// <summary>An aggregate call in a projection: which function, its compiled arguments, DISTINCT, and the output slot.</summary>
internal sealed record AggregateSpec(string Function, bool Distinct, Evaluator[] Arguments, int Slot)
{
    public Aggregator Create()
    {
        Aggregator aggregator = Function switch
        {
            "count" when Arguments.Length == 0 => new CountAggregator(countNulls: true),
            "count" => new CountAggregator(countNulls: false),
            "sum" => new SumAggregator(),
            "avg" => new AverageAggregator(),
            "min" => new ExtremeAggregator(max: false),
            "max" => new ExtremeAggregator(max: true),
            "collect" => new CollectAggregator(),
            "stdev" => new StandardDeviationAggregator(sample: true),
            "stdevp" => new StandardDeviationAggregator(sample: false),
            "percentilecont" => new PercentileAggregator(continuous: true),
            "percentiledisc" => new PercentileAggregator(continuous: false),
            _ => throw CypherException.Syntax("UnknownFunction", $"Unknown aggregate function '{Function}'."),
        };
        return Distinct ? new DistinctAggregator(aggregator) : aggregator;
    }
}
