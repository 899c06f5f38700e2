using TechSelfReliance.Analytics.Paths;
using TechSelfReliance.Analytics.Projection;

namespace TechSelfReliance.Analytics.Influence;

/// <summary>
/// Ranks the entities a source reaches by a decayed, weighted path score.
/// <para>
/// Every simple path p of at most MaxHops hops from the source to an entity has a strength
/// s(p) = w(r1) × … × w(rn) × decay^(n−1), where w is the <see cref="RelationshipWeights"/> of each hop. An
/// entity's score combines its paths as independent channels (noisy-or): score = 1 − Π(1 − s(p)). A score of
/// 1 means a full-strength direct link; every extra path adds to the score but never past 1.
/// </para>
/// Thread-safe (stateless apart from immutable inputs).
/// </summary>
public sealed class InfluenceRanker(RelationshipWeights weights, long pathBudget = InfluenceRanker.DefaultPathBudget)
{
    public const double DefaultDecay = 0.7;
    public const long DefaultPathBudget = 2_000_000;

    public InfluenceResult Rank(GraphProjection graph, InfluenceQuery query, CancellationToken cancellationToken = default)
    {
        var direction = query.Reverse ? Flip(query.Direction) : query.Direction;
        var reached = new Dictionary<int, Accumulator>();
        var onPath = new bool[graph.Nodes.Count];
        var steps = new Step[Math.Max(query.MaxHops, 0)];
        long explored = 0;
        var truncated = false;

        void Visit(int node, int depth, double strength)
        {
            if (depth == query.MaxHops || truncated)
            {
                return;
            }

            foreach (var step in graph.StepsFrom(node, direction, query.Types))
            {
                var next = step.To;
                if (onPath[next])
                {
                    continue;
                }

                if (++explored > pathBudget)
                {
                    truncated = true;
                    return;
                }

                if ((explored & 0xFFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var hopStrength = strength * weights.Of(step.Edge) * (depth == 0 ? 1 : query.Decay);
                steps[depth] = step;
                if (!reached.TryGetValue(next, out var accumulator))
                {
                    accumulator = new Accumulator(depth + 1);
                    reached[next] = accumulator;
                }

                accumulator.Add(hopStrength, depth + 1, steps, query.PathsPerEntity);
                onPath[next] = true;
                Visit(next, depth + 1, hopStrength);
                onPath[next] = false;
            }
        }

        onPath[query.Source] = true;
        Visit(query.Source, 0, 1.0);

        var entities = reached
            .Where(pair => pair.Key != query.Source && (query.TargetLabel is null || graph.Nodes[pair.Key].HasLabel(query.TargetLabel)))
            .Select(pair => pair.Value.ToEntity(graph.Nodes[pair.Key], query.Source, query.Reverse))
            .OrderByDescending(e => e.Score)
            .ThenBy(e => e.Distance)
            .ThenBy(e => e.Node.Name, StringComparer.Ordinal)
            .Take(query.Limit)
            .ToArray();
        return new InfluenceResult(entities, Math.Min(explored, pathBudget), truncated);
    }

    private static TraversalDirection Flip(TraversalDirection direction) => direction switch
    {
        TraversalDirection.Outgoing => TraversalDirection.Incoming,
        TraversalDirection.Incoming => TraversalDirection.Outgoing,
        _ => TraversalDirection.Both,
    };

    private sealed class Accumulator(int distance)
    {
        private readonly List<(double Strength, Step[] Steps)> _best = [];
        private double _missProduct = 1.0;
        private int _distance = distance;
        private int _paths;

        public void Add(double strength, int length, Step[] steps, int keep)
        {
            _paths++;
            _missProduct *= 1 - Math.Clamp(strength, 0, 1);
            _distance = Math.Min(_distance, length);
            if (_best.Count < keep || strength > _best[^1].Strength)
            {
                _best.Add((strength, steps[..length]));
                _best.Sort((a, b) => b.Strength.CompareTo(a.Strength) is var c && c != 0 ? c : a.Steps.Length.CompareTo(b.Steps.Length));
                if (_best.Count > keep)
                {
                    _best.RemoveAt(_best.Count - 1);
                }
            }
        }

        public InfluencedEntity ToEntity(ProjectedNode node, int source, bool reverse)
        {
            var paths = _best.Select(b => new ScoredPath(reverse ? Reversed(source, b.Steps) : new GraphPath(source, b.Steps), b.Strength)).ToArray();
            return new InfluencedEntity(node, 1 - _missProduct, _distance, _paths, paths);
        }

        /// <summary>A path found walking back from the affected node, told from the influencer to it.</summary>
        private static GraphPath Reversed(int source, Step[] steps)
        {
            var end = steps.Length == 0 ? source : steps[^1].To;
            var forward = steps.Reverse().Select(s => s with { Forward = !s.Forward }).ToArray();
            return new GraphPath(end, forward);
        }
    }
}
