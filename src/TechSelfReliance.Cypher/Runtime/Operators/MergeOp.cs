using TechSelfReliance.Cypher.Runtime.Writes;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Runtime.Operators;

/// <summary>
/// MERGE: for each row, looks for the whole pattern (seeing what earlier rows created); if found, applies
/// ON MATCH to every match; otherwise creates the whole pattern and applies ON CREATE.
/// </summary>
internal sealed class MergeOp(Operator input, Operator match, CreatePattern create, SetAction[] onMatch, SetAction[] onCreate, Evaluator[] propertyMaps) : Operator(input, match)
{
    public override string Name => "Merge";

    protected override IEnumerable<Value[]> Execute(QueryContext context, Value[] argument)
    {
        foreach (var row in Children[0].Run(context, argument))
        {
            context.Check();
            foreach (var map in propertyMaps)
            {
                foreach (var (key, value) in map(row, context).AsMap().Entries)
                {
                    if (value.IsNull)
                    {
                        throw new Errors.CypherException(Errors.CypherErrorClass.SemanticError, "MergeReadOwnWrites",
                            $"Cannot merge the pattern because of a null property value for '{key}'.", compileTime: false);
                    }
                }
            }

            var matches = Children[1].Run(context, row).Select(m => (Value[])m.Clone()).ToList();
            if (matches.Count > 0)
            {
                foreach (var matched in matches)
                {
                    foreach (var action in onMatch)
                    {
                        GraphWrites.Apply(action, matched, context);
                    }

                    yield return matched;
                }

                continue;
            }

            var output = (Value[])row.Clone();
            GraphWrites.Create(output, create, context);
            foreach (var action in onCreate)
            {
                GraphWrites.Apply(action, output, context);
            }

            yield return output;
        }
    }
}
