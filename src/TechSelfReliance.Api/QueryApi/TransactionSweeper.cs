namespace TechSelfReliance.Api.QueryApi;

/// <summary>Rolls back expired Query API transactions every second, and all of them on shutdown.</summary>
public sealed class TransactionSweeper(TransactionRegistry registry, ILogger<TransactionSweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var swept = await registry.SweepAsync(stoppingToken);
                if (swept > 0)
                {
                    logger.LogInformation("Rolled back {Count} expired Query API transaction(s).", swept);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            await registry.RollbackAllAsync();
        }
    }
}
