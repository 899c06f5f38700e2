using TechSelfReliance.Cypher.Errors;
using TechSelfReliance.Cypher.Runtime.Values;
using TechSelfReliance.Cypher.Temporal;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Runtime.Aggregation;

// The aggregate functions. Each is a small state machine; they live together because they share rules:
// nulls are skipped (except by count(*)), and an empty group gives count 0, sum 0, collect [], others null.

internal sealed class CountAggregator(bool countNulls) : Aggregator
{
    private long _count;

    public override void Add(ReadOnlySpan<Value> arguments)
    {
        if (countNulls || !arguments[0].IsNull)
        {
            _count++;
        }
    }

    public override Value Result() => Value.Integer(_count);
}

internal sealed class SumAggregator : Aggregator
{
    private long _integer;
    private double _float;
    private bool _isFloat;
    private CypherDuration? _duration;

    public override void Add(ReadOnlySpan<Value> arguments)
    {
        var value = arguments[0];
        switch (value.Kind)
        {
            case ValueKind.Null:
                return;
            case ValueKind.Integer when !_isFloat && _duration is null:
                try
                {
                    _integer = checked(_integer + value.AsInteger());
                }
                catch (OverflowException)
                {
                    throw CypherException.Arithmetic("IntegerOverflow", "long overflow in sum()");
                }

                return;
            case ValueKind.Integer or ValueKind.Float when _duration is null:
                if (!_isFloat)
                {
                    _float = _integer;
                    _isFloat = true;
                }

                _float += value.AsNumber();
                return;
            case ValueKind.Duration when !_isFloat && _integer == 0:
                _duration = _duration is null ? value.AsDuration() : TemporalArithmetic.Add(_duration, value.AsDuration());
                return;
            default:
                throw CypherException.Type("InvalidArgumentType", $"sum() cannot add {CypherTypeNames.Of(value)}.");
        }
    }

    public override Value Result() => _duration is not null ? Value.Duration(_duration) : _isFloat ? Value.Float(_float) : Value.Integer(_integer);
}

internal sealed class AverageAggregator : Aggregator
{
    private double _sum;
    private long _count;
    private CypherDuration? _duration;

    public override void Add(ReadOnlySpan<Value> arguments)
    {
        var value = arguments[0];
        if (value.IsNull)
        {
            return;
        }

        if (value.IsNumber && _duration is null)
        {
            _sum += value.AsNumber();
        }
        else if (value.Kind == ValueKind.Duration && _sum == 0)
        {
            _duration = _duration is null ? value.AsDuration() : TemporalArithmetic.Add(_duration, value.AsDuration());
        }
        else
        {
            throw CypherException.Type("InvalidArgumentType", $"avg() cannot average {CypherTypeNames.Of(value)}.");
        }

        _count++;
    }

    public override Value Result()
    {
        if (_count == 0)
        {
            return Value.Null;
        }

        return _duration is not null ? Value.Duration(TemporalArithmetic.Divide(_duration, Value.Integer(_count))) : Value.Float(_sum / _count);
    }
}

internal sealed class ExtremeAggregator(bool max) : Aggregator
{
    private Value _best;
    private bool _any;

    public override void Add(ReadOnlySpan<Value> arguments)
    {
        var value = arguments[0];
        if (value.IsNull)
        {
            return;
        }

        if (!_any)
        {
            _best = value;
            _any = true;
            return;
        }

        var comparison = CypherOrdering.Instance.Compare(value, _best);
        if (max ? comparison > 0 : comparison < 0)
        {
            _best = value;
        }
    }

    public override Value Result() => _any ? _best : Value.Null;
}

internal sealed class CollectAggregator : Aggregator
{
    private readonly List<Value> _items = [];

    public override void Add(ReadOnlySpan<Value> arguments)
    {
        if (!arguments[0].IsNull)
        {
            _items.Add(arguments[0]);
        }
    }

    public override Value Result() => Value.List(new ListValue(_items.ToArray()));
}

internal sealed class StandardDeviationAggregator(bool sample) : Aggregator
{
    private long _count;
    private double _mean;
    private double _m2;

    public override void Add(ReadOnlySpan<Value> arguments)
    {
        var value = arguments[0];
        if (value.IsNull)
        {
            return;
        }

        if (!value.IsNumber)
        {
            throw CypherException.Type("InvalidArgumentType", $"stDev() needs numbers, not {CypherTypeNames.Of(value)}.");
        }

        _count++;
        var x = value.AsNumber();
        var delta = x - _mean;
        _mean += delta / _count;
        _m2 += delta * (x - _mean);
    }

    public override Value Result()
    {
        var denominator = sample ? _count - 1 : _count;
        return Value.Float(denominator <= 0 ? 0.0 : Math.Sqrt(_m2 / denominator));
    }
}

internal sealed class PercentileAggregator(bool continuous) : Aggregator
{
    private readonly List<double> _values = [];
    private double? _percentile;
    private bool _integers = true;

    public override void Add(ReadOnlySpan<Value> arguments)
    {
        var percentile = arguments[1];
        if (_percentile is null)
        {
            var p = percentile.IsNumber ? percentile.AsNumber() : throw CypherException.Type("InvalidArgumentType", "The percentile must be a number.");
            if (p is < 0 or > 1 || double.IsNaN(p))
            {
                throw CypherException.Argument("NumberOutOfRange", $"The percentile {p} is not between 0.0 and 1.0.");
            }

            _percentile = p;
        }

        var value = arguments[0];
        if (value.IsNull)
        {
            return;
        }

        if (!value.IsNumber)
        {
            throw CypherException.Type("InvalidArgumentType", $"percentile functions need numbers, not {CypherTypeNames.Of(value)}.");
        }

        _integers &= value.Kind == ValueKind.Integer;
        _values.Add(value.AsNumber());
    }

    public override Value Result()
    {
        if (_values.Count == 0)
        {
            return Value.Null;
        }

        _values.Sort();
        var p = _percentile ?? 0;
        if (continuous)
        {
            var position = p * (_values.Count - 1);
            var lower = (int)Math.Floor(position);
            var upper = (int)Math.Ceiling(position);
            var fraction = position - lower;
            return Value.Float(_values[lower] + ((_values[upper] - _values[lower]) * fraction));
        }

        var index = p == 0 ? 0 : (int)Math.Ceiling(p * _values.Count) - 1;
        var chosen = _values[Math.Clamp(index, 0, _values.Count - 1)];
        return _integers ? Value.Integer((long)chosen) : Value.Float(chosen);
    }
}

internal sealed class DistinctAggregator(Aggregator inner) : Aggregator
{
    private readonly HashSet<Value> _seen = new(CypherEquivalence.Instance);

    public override void Add(ReadOnlySpan<Value> arguments)
    {
        if (!arguments[0].IsNull && _seen.Add(arguments[0]))
        {
            inner.Add(arguments);
        }
    }

    public override Value Result() => inner.Result();
}
