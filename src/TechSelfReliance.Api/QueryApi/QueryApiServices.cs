using Microsoft.Extensions.Options;
using TechSelfReliance.Api.Security;
using TechSelfReliance.Backend;

namespace TechSelfReliance.Api.QueryApi;

/// <summary>What the Query API handlers need, bundled for [AsParameters]. All members are thread-safe.</summary>
public sealed record QueryApiServices(IGraphBackend Backend, TransactionRegistry Transactions, CallerAuthenticator Authenticator, IOptions<SecurityOptions> Security)
{
    public long MaxRequestBodyBytes => Security.Value.MaxRequestBodyBytes;
}
