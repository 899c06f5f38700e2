using TechSelfReliance.Backend;

namespace TechSelfReliance.Analytics.Projection;

/// <summary>
/// Holds the current projection and rebuilds it when the backend's data version changes (checked at most
/// once per <paramref name="checkInterval"/>). Thread-safe: concurrent callers share one rebuild.
/// </summary>
public sealed class ProjectionCache(IGraphBackend backend, TimeSpan checkInterval, TimeProvider? time = null) : IDisposable
{
    private readonly SemaphoreSlim _rebuild = new(1, 1);
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private volatile GraphProjection? _current;
    private long _checkedAt;

    public ProjectionCache(IGraphBackend backend)
        : this(backend, TimeSpan.Zero)
    {
    }

    /// <summary>How many times the projection has been read from the backend.</summary>
    public int Builds { get; private set; }

    public async Task<GraphProjection> GetAsync(CancellationToken cancellationToken = default)
    {
        var current = _current;
        if (current is not null && _time.GetElapsedTime(Interlocked.Read(ref _checkedAt)) < checkInterval)
        {
            return current;
        }

        var version = await backend.GetDataVersionAsync(cancellationToken);
        if (current is not null && current.Version == version)
        {
            Interlocked.Exchange(ref _checkedAt, _time.GetTimestamp());
            return current;
        }

        await _rebuild.WaitAsync(cancellationToken);
        try
        {
            current = _current;
            if (current is null || current.Version != version)
            {
                current = await ProjectionReader.ReadAsync(backend, cancellationToken);
                _current = current;
                Builds++;
            }

            Interlocked.Exchange(ref _checkedAt, _time.GetTimestamp());
            return current;
        }
        finally
        {
            _rebuild.Release();
        }
    }

    /// <summary>Forgets the projection: the next call reads the graph again.</summary>
    public void Invalidate() => _current = null;

    public void Dispose() => _rebuild.Dispose();
}
