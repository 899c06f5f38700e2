namespace TechSelfReliance.Api.QueryApi;

/// <summary>Carries a <see cref="QueryFailure"/> out of a handler to the Query API's error writer.</summary>
public sealed class QueryFailureException : Exception
{
    public QueryFailureException()
    {
        Failure = new QueryFailure(QueryFailure.Invalid, string.Empty);
    }

    public QueryFailureException(QueryFailure failure)
        : base(failure.Message) => Failure = failure;

    public QueryFailureException(string message)
        : base(message) => Failure = new QueryFailure(QueryFailure.Invalid, message);

    public QueryFailureException(string message, Exception innerException)
        : base(message, innerException) => Failure = new QueryFailure(QueryFailure.Invalid, message);

    public QueryFailure Failure { get; }
}
