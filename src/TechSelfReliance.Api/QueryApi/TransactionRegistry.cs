using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using TechSelfReliance.Api.Hosting;
using TechSelfReliance.Backend;

namespace TechSelfReliance.Api.QueryApi;

/// <summary>
/// The Query API's open explicit transactions by id. Each expires when left idle for the configured time and
/// is then rolled back by <see cref="TransactionSweeper"/>. Thread-safe.
/// </summary>
public sealed class TransactionRegistry(IGraphBackend backend, IOptions<QueryOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, OpenTransaction> _open = new(StringComparer.Ordinal);

    public int Count => _open.Count;

    private TimeSpan IdleTimeout => TimeSpan.FromSeconds(options.Value.TransactionIdleSeconds);

    public async Task<OpenTransaction> BeginAsync(QueryAccess access, CancellationToken cancellationToken)
    {
        var transaction = await backend.BeginTransactionAsync(access, cancellationToken);
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
        var open = new OpenTransaction(id, transaction, access, time.GetUtcNow() + IdleTimeout);
        _open[id] = open;
        return open;
    }

    public bool TryGet(string id, out OpenTransaction transaction)
    {
        if (_open.TryGetValue(id, out transaction!) && transaction.ExpiresAt > time.GetUtcNow())
        {
            return true;
        }

        transaction = null!;
        return false;
    }

    public void Touch(OpenTransaction transaction) => transaction.ExpiresAt = time.GetUtcNow() + IdleTimeout;

    /// <summary>Takes the transaction out of the registry; the caller ends it.</summary>
    public bool Remove(string id) => _open.TryRemove(id, out _);

    /// <summary>Rolls back and forgets every transaction past its expiry that no request is using.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var swept = 0;
        var now = time.GetUtcNow();
        foreach (var (id, transaction) in _open)
        {
            if (transaction.ExpiresAt > now || !await transaction.Gate.WaitAsync(0, cancellationToken))
            {
                continue;
            }

            if (_open.TryRemove(id, out _))
            {
                await EndQuietlyAsync(transaction);
                swept++;
            }
            else
            {
                transaction.Gate.Release();
            }
        }

        return swept;
    }

    public async Task RollbackAllAsync()
    {
        foreach (var id in _open.Keys)
        {
            if (_open.TryRemove(id, out var transaction))
            {
                await EndQuietlyAsync(transaction);
            }
        }
    }

    private static async Task EndQuietlyAsync(OpenTransaction transaction)
    {
        try
        {
            await transaction.Transaction.RollbackAsync();
        }
        catch (Exception)
        {
            // the transaction may already have ended with its last failed statement; disposing is enough
        }

        await transaction.DisposeAsync();
    }
}
