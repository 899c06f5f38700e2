namespace TechSelfReliance.Api.Export;

/// <summary>An exported file: its bytes, media type and suggested name.</summary>
public sealed record ExportFile(byte[] Content, string ContentType, string FileName);
