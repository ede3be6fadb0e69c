using System.Globalization;
using System.Net;

namespace AttachmentGuide.Benchmarks;

/// <summary>
/// "Start -> first acknowledged submission": started before the site, it tries GET /contact then POST (a fresh
/// token each time) until the first 303, and prints the wall-clock moment of that 303 for compare.sh to subtract
/// the site's start from. Its own start-up is not counted: it waits for the site, not the other way round.
/// </summary>
internal static class FirstSubmissionProbe
{
    public static async Task<int> RunAsync(Uri site, int timeoutSeconds)
    {
        var contact = new Uri(site, "/contact");
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        var attempts = 0;
        string? last = null;
        while (DateTime.UtcNow < deadline)
        {
            attempts++;
            using var handler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() };
            using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
            try
            {
                last = await ContactLoadClient.SubmitOnce(http, contact, 0, attempts).ConfigureAwait(false);
                if (last is null)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"acknowledged_epoch_ms={DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()}"));
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"attempts={attempts}"));
                    return 0;
                }
            }
            catch (HttpRequestException ex)
            {
                last = ex.Message; // not listening yet
            }

            await Task.Delay(10).ConfigureAwait(false);
        }

        await Console.Error.WriteLineAsync($"error: no acknowledged submission within {timeoutSeconds} s: {last}").ConfigureAwait(false);
        return 1;
    }
}
