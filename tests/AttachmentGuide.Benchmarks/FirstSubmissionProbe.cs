using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace AttachmentGuide.Benchmarks;

/// <summary>
/// The first submission after a start, two ways. Started before the site, it asks for <c>GET /</c> until the site
/// answers its first page, then sends one person's first contact request (GET /contact, then POST) and times it until
/// the 303: that is the figure the 0.5 s target is about, the wait a first visitor has for the EF Core model and the
/// JIT of the contact path. It also prints the wall-clock moment of that 303, for compare.sh to subtract the site's
/// start from ("start -> first acknowledged submission", which includes parsing the content). Its own start-up is
/// not counted: it waits for the site, not the other way round, and its HTTP code is warmed by the polling.
/// </summary>
internal static class FirstSubmissionProbe
{
    public static async Task<int> RunAsync(Uri site, int timeoutSeconds)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        var notReady = await WaitForFirstPageAsync(site, deadline).ConfigureAwait(false);
        if (notReady is not null)
        {
            await Console.Error.WriteLineAsync($"error: the site did not answer GET / within {timeoutSeconds} s: {notReady}").ConfigureAwait(false);
            return 1;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"first_page_epoch_ms={DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()}"));
        // A fresh client, as a new visitor has: its own cookies, its own connection.
        using var handler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() };
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        var clock = Stopwatch.StartNew();
        var refused = await ContactLoadClient.SubmitOnce(http, new Uri(site, "/contact"), 0, 1).ConfigureAwait(false);
        clock.Stop();
        if (refused is not null)
        {
            await Console.Error.WriteLineAsync($"error: the first submission was not acknowledged: {refused}").ConfigureAwait(false);
            return 1;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"acknowledged_epoch_ms={DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"first_submission_ms={clock.Elapsed.TotalMilliseconds:F0}"));
        return 0;
    }

    /// <summary>Null once <c>GET /</c> answers 200; otherwise the last reason it did not, at the deadline.</summary>
    private static async Task<string?> WaitForFirstPageAsync(Uri site, DateTime deadline)
    {
        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(30) };
        var last = "no answer";
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var home = await http.GetAsync(site).ConfigureAwait(false);
                if (home.StatusCode == HttpStatusCode.OK)
                {
                    return null;
                }

                last = $"GET / answered {(int)home.StatusCode}";
            }
            catch (HttpRequestException ex)
            {
                last = ex.Message; // not listening yet
            }

            await Task.Delay(10).ConfigureAwait(false);
        }

        return last;
    }
}
