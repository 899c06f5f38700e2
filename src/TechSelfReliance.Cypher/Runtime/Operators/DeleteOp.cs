using TechSelfReliance.Cypher.Errors;
using TechSelfReliance.Cypher.Runtime.Values;
using TechSelfReliance.Graph;
using TechSelfReliance.Graph.Values;

namespace TechSelfReliance.Cypher.Runtime.Operators;

/// <summary>
/// DELETE and DETACH DELETE. Relationships go at once; nodes go after the whole input, so a node whose
/// relationships are deleted by the same clause (in any row) can be deleted without DETACH.
/// </summary>
internal sealed class DeleteOp(Operator input, Evaluator[] targets, bool detach) : Operator(input)
{
    public override string Name => detach ? "DetachDelete" : "Delete";

    protected override IEnumerable<Value[]> Execute(QueryContext context, Value[] argument)
    {
        var writer = context.RequireWriter();
        var nodes = new List<long>();
        var rows = new List<Value[]>();
        foreach (var row in Children[0].Run(context, argument))
        {
            context.Check();
            rows.Add((Value[])row.Clone());
            foreach (var target in targets)
            {
                Collect(target(row, context), context, nodes);
            }
        }

        foreach (var node in nodes)
        {
            if (context.DeletedNodes.ContainsKey(node) || !context.Graph.NodeExists(node))
            {
                continue;
            }

            if (context.Graph.Degree(node, Direction.Both) > 0)
            {
                if (!detach)
                {
                    throw new CypherException(CypherErrorClass.ConstraintValidationFailed, "DeleteConnectedNode",
                        $"Cannot delete node<{node}>, because it still has relationships. To delete this node, you must first delete its relationships.", compileTime: false);
                }

                var relationships = new List<long>();
                var cursor = context.Graph.GetRelationships(node, Direction.Both);
                while (cursor.MoveNext())
                {
                    relationships.Add(cursor.Relationship);
                }

                foreach (var relationship in relationships)
                {
                    DeleteRelationship(relationship, context);
                }
            }

            var data = EntityAccess.Detach(Value.Node(node), context).NodeContent!;
            writer.DeleteNode(node);
            context.DeletedNodes[node] = data;
            context.Counters.NodesDeleted++;
        }

        return rows;
    }

    private static void Collect(Value value, QueryContext context, List<long> nodes)
    {
        switch (value.Kind)
        {
            case ValueKind.Null:
                return;
            case ValueKind.Node:
                nodes.Add(value.AsNodeId());
                return;
            case ValueKind.Relationship:
                DeleteRelationship(value.AsRelationshipId(), context);
                return;
            case ValueKind.Path:
                var path = value.AsPath();
                foreach (var relationship in path.Relationships)
                {
                    DeleteRelationship(relationship.AsRelationshipId(), context);
                }

                nodes.AddRange(path.Nodes.Select(n => n.AsNodeId()));
                return;
            default:
                throw CypherException.Type("InvalidArgumentType", $"DELETE needs a node, relationship or path, not {CypherTypeNames.Of(value)}.");
        }
    }

    private static void DeleteRelationship(long relationship, QueryContext context)
    {
        if (context.DeletedRelationships.ContainsKey(relationship) || !context.Graph.RelationshipExists(relationship))
        {
            return;
        }

        var data = EntityAccess.Detach(Value.Relationship(relationship), context).RelationshipContent!;
        context.RequireWriter().DeleteRelationship(relationship);
        context.DeletedRelationships[relationship] = data;
        context.Counters.RelationshipsDeleted++;
    }
}
