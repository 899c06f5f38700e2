namespace TechSelfReliance.Api.Security;

/// <summary>Marks an endpoint that can change data, so the endpoint inventory test checks that it refuses anonymous writers.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class WriteCapableAttribute : Attribute;
