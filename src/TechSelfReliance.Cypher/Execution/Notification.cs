namespace TechSelfReliance.Cypher.Execution;

/// <summary>A warning about a statement that ran, in Neo4j's shape (code, title, description).</summary>
public sealed record Notification(string Code, string Title, string Description, string Severity = "WARNING");
