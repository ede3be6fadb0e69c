using System.Globalization;
using AttachmentGuide.Benchmarks;
using BenchmarkDotNet.Running;

const string Help = """
    AttachmentGuide.Benchmarks: performance tooling for the site (issue 6). Not a test project.

    Run from the repository root (always in Release):
      dotnet run -c Release --project tests/AttachmentGuide.Benchmarks -- COMMAND [options]

    Commands:
      generate --count N --out DIR [--hugo DIR] [--seed S]
          Writes N articles (about 1,500 words, 5-7 '##' sections each) as DIR/site.yml and
          DIR/articles/*.md, and with --hugo the same articles as a minimal Hugo site in that folder.
          Same seed and count: the same bytes on every run.
      queries --count N [--seed S]
          Prints N search paths (/search?q=...) built from the corpus's words, one a line: one word,
          two words and a word cut short (the last word is matched as a prefix), in turn.
      parse --content DIR [--rounds R]
          Loads DIR with ContentLoader in this process: the first (cold, with JIT) load and the
          median of R more (warm). Prints key=value lines (cold_ms, warm_median_ms, articles, errors).
      bench [BenchmarkDotNet arguments]
          Runs the BenchmarkDotNet benchmarks (ArticleParser.Parse, ContentLoader.Load of 100 and
          1,000 articles). For example: -- bench --filter '*' ; -- bench --list flat ; -- bench --job short
      submit --url URL [--clients 20] [--count 2000] [--warmup 40]
          Contact form load: each client GETs URL/contact (antiforgery cookie, form token and
          Input.SubmissionToken), then POSTs a valid form and expects 303 to /contact/thanks.
          Prints key=value lines (acknowledged, errors, seconds, per_second, p50_ms, p99_ms).
          Start the site with the rate limit raised, for example:
            Contact__RateLimit__PermitLimit=1000000 Contact__RateLimit__PerDay=10000000
            Contact__RateLimit__PostLimit=10000000
      first --url URL [--timeout 60]
          Started before the site: asks for GET URL/ until it answers 200, then times one GET
          URL/contact and POST until the 303. Prints first_page_epoch_ms, acknowledged_epoch_ms
          (the wall-clock moment of that 303) and first_submission_ms (the GET+POST alone).
      smtp-sink --port P
          A local mail server on 127.0.0.1:P that accepts every message (the far end of email
          alerts); runs until SIGTERM or Ctrl+C, then prints messages=N.
      help
          This text.

    The whole comparison against nginx and Hugo is tests/AttachmentGuide.Benchmarks/compare.sh.
    """;

if (args.Length == 0 || args[0] is "help" or "--help" or "-h")
{
    Console.WriteLine(Help);
    return args.Length == 0 ? 2 : 0;
}

var command = args[0];
var options = Options.Parse(args.AsSpan(1));
try
{
    switch (command)
    {
        case "generate":
        {
            var count = options.Int("count", 1000);
            var outDir = options.Required("out");
            var hugo = options.Optional("hugo");
            var seed = options.Int("seed", CorpusGenerator.DefaultSeed);
            var started = System.Diagnostics.Stopwatch.StartNew();
            var bytes = CorpusGenerator.Generate(count, outDir, hugo, seed);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"generated {count} articles ({bytes / 1024} KiB of Markdown) in {outDir}{(hugo is null ? "" : " and " + hugo)} in {started.ElapsedMilliseconds} ms"));
            return 0;
        }

        case "queries":
            foreach (var path in SearchQueries.Paths(options.Int("count", 200), options.Int("seed", CorpusGenerator.DefaultSeed)))
            {
                Console.WriteLine(path);
            }

            return 0;

        case "parse":
            return ParseTimer.Run(options.Required("content"), options.Int("rounds", 5));

        case "bench":
            BenchmarkSwitcher.FromAssembly(typeof(ParserBenchmarks).Assembly).Run(args[1..]);
            return 0;

        case "submit":
            return await ContactLoadClient.RunAsync(
                new Uri(options.Required("url")),
                options.Int("clients", 20),
                options.Int("count", 2000),
                options.Int("warmup", 40)).ConfigureAwait(false);

        case "first":
            return await FirstSubmissionProbe.RunAsync(new Uri(options.Required("url")), options.Int("timeout", 60)).ConfigureAwait(false);

        case "smtp-sink":
            return await SmtpSink.RunAsync(options.Int("port", 2525)).ConfigureAwait(false);

        default:
            await Console.Error.WriteLineAsync($"unknown command '{command}'\n\n{Help}").ConfigureAwait(false);
            return 2;
    }
}
catch (ArgumentException ex)
{
    await Console.Error.WriteLineAsync(ex.Message + "\n\n" + Help).ConfigureAwait(false);
    return 2;
}
