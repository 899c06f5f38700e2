namespace TechSelfReliance.Api.QueryApi;

/// <summary>A request body sent without a declared length that grew past the limit while being read.</summary>
public sealed class RequestTooLargeException : Exception
{
    public RequestTooLargeException()
    {
    }

    public RequestTooLargeException(long limit)
        : base($"The request body exceeds the limit of {limit} bytes.")
    {
        Limit = limit;
    }

    public RequestTooLargeException(string message)
        : base(message)
    {
    }

    public RequestTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public long Limit { get; }
}
