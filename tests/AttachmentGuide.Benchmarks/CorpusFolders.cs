using System.Text;

namespace AttachmentGuide.Benchmarks;

/// <summary>The files around a generated corpus: the site's <c>site.yml</c> and the Hugo site's skeleton.</summary>
public static class CorpusFolders
{
    /// <summary>UTF-8 without a byte-order mark, as most editors save Markdown.</summary>
    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the corpus's <c>site.yml</c> into <paramref name="outDir"/>.</summary>
    public static void WriteSiteSettings(string outDir) => File.WriteAllText(Path.Combine(outDir, "site.yml"), SiteYaml, Utf8);

    /// <summary>Empties <paramref name="folder"/> of Markdown files (creating it if needed), so a smaller corpus leaves no older articles behind.</summary>
    public static void Reset(string folder)
    {
        if (Directory.Exists(folder))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*.md"))
            {
                File.Delete(file);
            }
        }

        Directory.CreateDirectory(folder);
    }

    /// <summary>The minimal Hugo site around the articles: config and layouts that render what the site renders.</summary>
    public static void WriteHugoSkeleton(string hugoDir)
    {
        var layouts = Path.Combine(hugoDir, "layouts", "_default");
        Directory.CreateDirectory(layouts);
        File.WriteAllText(Path.Combine(hugoDir, "config.toml"), HugoConfig, Utf8);
        File.WriteAllText(Path.Combine(layouts, "baseof.html"), HugoBaseOf, Utf8);
        File.WriteAllText(Path.Combine(layouts, "single.html"), HugoSingle, Utf8);
        File.WriteAllText(Path.Combine(layouts, "list.html"), HugoList, Utf8);
        File.WriteAllText(Path.Combine(hugoDir, "layouts", "index.html"), HugoList, Utf8);
    }

    private const string SiteYaml = """
        name: Attachment Guide (benchmark corpus)
        tagline: Generated articles for performance measurements
        welcome: >-
          These articles are generated text used only to measure the site.
        base_url: https://attachmentguide.example.org
        clinic_name: The Attachment Guide Clinic
        clinic_phone: "+44 20 7946 0000"
        clinic_email: hello@attachmentguide.example.org
        reply_promise: A therapist will reply within two working days.
        crisis_text: >-
          This site is not monitored around the clock. If you are in danger now, call your local emergency number.
        crisis_lines:
          - label: Emergency services
            number: "999"
        quick_exit_url: https://www.bbc.co.uk/weather
        discreet_tab: false
        discreet_title: Notes

        """;

    private const string HugoConfig = """
        baseURL = "https://attachmentguide.example.org/"
        title = "Attachment Guide (benchmark corpus)"
        languageCode = "en-gb"
        disableKinds = ["RSS", "sitemap", "robotsTXT", "404"]
        [markup.goldmark.renderer]
          unsafe = false
        [markup.tableOfContents]
          startLevel = 2
          endLevel = 2
          ordered = false

        """;

    private const string HugoBaseOf = """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head><meta charset="utf-8"><title>{{ .Title }} | {{ .Site.Title }}</title>
        <meta name="description" content="{{ .Summary | plainify }}"></head>
        <body><main id="main">{{ block "main" . }}{{ end }}</main></body>
        </html>

        """;

    private const string HugoSingle = """
        {{ define "main" }}
        <article>
        <h1>{{ .Title }}</h1>
        <p class="summary">{{ .Summary | plainify }}</p>
        <p>{{ .ReadingTime }} minute read, {{ .WordCount }} words. Tags: {{ range .Params.tags }}<a href="/tags/{{ . | urlize }}/">{{ . }}</a> {{ end }}</p>
        <nav id="on-this-page">{{ .TableOfContents }}</nav>
        {{ .Content }}
        </article>
        {{ end }}

        """;

    private const string HugoList = """
        {{ define "main" }}
        <h1>{{ .Title }}</h1>
        <ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>: {{ .Summary | plainify }}</li>{{ end }}</ul>
        {{ end }}

        """;
}
