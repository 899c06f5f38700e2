namespace TechSelfReliance.Api.Hosting;

/// <summary>Asks a running service whether it is healthy: exit code 0 when it answers 2xx within five seconds, else 1.</summary>
public static class HealthProbe
{
    public static async Task<int> RunAsync(string url)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await http.GetAsync(new Uri(url));
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException or UriFormatException)
        {
            await Console.Error.WriteLineAsync($"Health probe of {url} failed: {error.Message}");
            return 1;
        }
    }
}
