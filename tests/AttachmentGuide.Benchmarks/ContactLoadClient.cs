using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace AttachmentGuide.Benchmarks;

/// <summary>
/// Sends contact form submissions the way a browser does: GET /contact (antiforgery cookie and form
/// token, a fresh Input.SubmissionToken), then POST the form. An acknowledged submission is a 303 to
/// /contact/thanks, which the site sends only after the inquiry is stored.
/// </summary>
internal static partial class ContactLoadClient
{
    public static async Task<int> RunAsync(Uri site, int clients, int count, int warmup)
    {
        var contact = new Uri(site, "/contact");
        var handlers = Enumerable.Range(0, clients).Select(_ => new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = true,
            CookieContainer = new CookieContainer(),
            MaxConnectionsPerServer = 1,
        }).ToList();
        var http = handlers.Select(h => new HttpClient(h, disposeHandler: true) { Timeout = TimeSpan.FromSeconds(30) }).ToList();
        var failures = new List<string>();
        var errors = 0;
        try
        {
            // Warm-up: JIT, connection pool, database file; counted for errors, not for the rate.
            var warm = new Run(warmup);
            await Task.WhenAll(http.Select((c, i) => Client(c, contact, i, warm))).ConfigureAwait(false);
            errors += warm.Errors;
            failures.AddRange(warm.Failures);

            var run = new Run(count);
            var clock = Stopwatch.StartNew();
            await Task.WhenAll(http.Select((c, i) => Client(c, contact, i, run))).ConfigureAwait(false);
            clock.Stop();
            errors += run.Errors;
            failures.AddRange(run.Failures);

            var latencies = run.Latencies.OrderBy(x => x).ToList();
            double Percentile(double p) => latencies.Count == 0 ? 0 : latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(p * latencies.Count) - 1)];
            var inv = CultureInfo.InvariantCulture;
            Console.WriteLine(string.Create(inv, $"clients={clients}"));
            Console.WriteLine(string.Create(inv, $"acknowledged={run.Acknowledged}"));
            Console.WriteLine(string.Create(inv, $"errors={errors}"));
            Console.WriteLine(string.Create(inv, $"seconds={clock.Elapsed.TotalSeconds:F2}"));
            Console.WriteLine(string.Create(inv, $"per_second={run.Acknowledged / clock.Elapsed.TotalSeconds:F1}"));
            Console.WriteLine(string.Create(inv, $"p50_ms={Percentile(0.50):F1}"));
            Console.WriteLine(string.Create(inv, $"p99_ms={Percentile(0.99):F1}"));
            foreach (var failure in failures.Distinct().Take(5))
            {
                await Console.Error.WriteLineAsync("error: " + failure).ConfigureAwait(false);
            }

            return errors == 0 ? 0 : 1;
        }
        finally
        {
            http.ForEach(c => c.Dispose());
        }
    }

    private sealed class Run(int total)
    {
        private int _next;
        private int _acknowledged;
        private int _errors;

        public int Acknowledged => _acknowledged;

        public int Errors => _errors;

        public System.Collections.Concurrent.ConcurrentBag<double> Latencies { get; } = [];

        public System.Collections.Concurrent.ConcurrentQueue<string> Failures { get; } = new();

        public bool TakeOne(out int number)
        {
            number = Interlocked.Increment(ref _next);
            return number <= total;
        }

        public void Succeeded(double ms)
        {
            Interlocked.Increment(ref _acknowledged);
            Latencies.Add(ms);
        }

        public void Failed(string why)
        {
            Interlocked.Increment(ref _errors);
            if (Failures.Count < 20)
            {
                Failures.Enqueue(why);
            }
        }
    }

    private static async Task Client(HttpClient http, Uri contact, int clientNumber, Run run)
    {
        while (run.TakeOne(out var n))
        {
            var sw = Stopwatch.StartNew();
            try
            {
                var why = await SubmitOnce(http, contact, clientNumber, n).ConfigureAwait(false);
                if (why is null)
                {
                    run.Succeeded(sw.Elapsed.TotalMilliseconds);
                }
                else
                {
                    run.Failed(why);
                }
            }
            catch (HttpRequestException ex)
            {
                run.Failed(ex.Message);
            }
            catch (TaskCanceledException ex)
            {
                run.Failed("timeout: " + ex.Message);
            }
        }
    }

    /// <summary>One GET and POST; null when acknowledged, otherwise why not.</summary>
    internal static async Task<string?> SubmitOnce(HttpClient http, Uri contact, int clientNumber, int n)
    {
        using var get = await http.GetAsync(contact).ConfigureAwait(false);
        if (get.StatusCode != HttpStatusCode.OK)
        {
            return $"GET /contact answered {(int)get.StatusCode}";
        }

        var html = await get.Content.ReadAsStringAsync().ConfigureAwait(false);
        var antiforgery = HiddenValue(html, "__RequestVerificationToken");
        var submission = HiddenValue(html, "Input.SubmissionToken");
        if (antiforgery is null || submission is null)
        {
            return "the contact page has no antiforgery or submission token";
        }

        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = antiforgery,
            ["Input.SubmissionToken"] = submission,
            ["Input.Name"] = string.Create(CultureInfo.InvariantCulture, $"Load Client {clientNumber}"),
            ["Input.Email"] = string.Create(CultureInfo.InvariantCulture, $"load{n}@example.org"),
            ["Input.Phone"] = string.Empty,
            ["Input.PreferredContact"] = "email",
            ["Input.Voicemail"] = "no",
            ["Input.SayClinicName"] = "no",
            ["Input.ContactTime"] = "weekday evenings",
            ["Input.Message"] = "A short test message from the load client.",
            ["Input.Consent"] = "true",
            ["Input.Website"] = string.Empty,
        };
        using var form = new FormUrlEncodedContent(fields);
        using var post = await http.PostAsync(contact, form).ConfigureAwait(false);
        var location = post.Headers.Location?.OriginalString ?? string.Empty;
        if (post.StatusCode == HttpStatusCode.SeeOther && location.StartsWith("/contact/thanks", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return $"POST /contact answered {(int)post.StatusCode} {location}".TrimEnd();
    }

    private static string? HiddenValue(string html, string name)
    {
        foreach (Match input in InputTag().Matches(html))
        {
            var tag = input.Value;
            if (tag.Contains($"name=\"{name}\"", StringComparison.Ordinal))
            {
                var value = ValueAttribute().Match(tag);
                return value.Success ? WebUtility.HtmlDecode(value.Groups[1].Value) : null;
            }
        }

        return null;
    }

    [GeneratedRegex("<input\\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InputTag();

    [GeneratedRegex("\\bvalue=\"([^\"]*)\"")]
    private static partial Regex ValueAttribute();
}
