using AttachmentGuide.Content.Diagnostics;
using AttachmentGuide.Content.Limits;
using AttachmentGuide.Content.Rendering;
using AttachmentGuide.Content.Yaml;
using YamlDotNet.RepresentationModel;

namespace AttachmentGuide.Content.Site;

/// <summary>Reads <c>content/site.yml</c>. Never fails: problems are diagnostics and safe defaults fill the gaps.</summary>
public static class SiteSettingsParser
{
    /// <summary>Every key <c>site.yml</c> may use.</summary>
    public static readonly IReadOnlyList<string> Keys =
    [
        "name", "tagline", "welcome", "base_url", "clinic_name", "clinic_phone", "clinic_email",
        "reply_promise", "crisis_text", "crisis_lines", "quick_exit_url", "discreet_tab", "discreet_title",
        "reply_within", "closed_dates", "reading_age_warning_above",
    ];

    /// <summary>The reading ages <c>reading_age_warning_above</c> may name: below 6 every text warns, above 25 none does.</summary>
    public const int MinReadingAgeWarning = 6;

    /// <inheritdoc cref="MinReadingAgeWarning"/>
    public const int MaxReadingAgeWarning = 25;

    /// <summary>Parses the text of the settings file at <paramref name="path"/>.</summary>
    public static (SiteSettings Settings, IReadOnlyList<Diagnostic> Diagnostics) Parse(string path, string text)
    {
        var diagnostics = new DiagnosticBag(path);
        var defaults = SiteSettings.Defaults;
        const string keepsLastGood = "until it is fixed the running site keeps its last good settings (a site that has just started uses its defaults)";
        if (Unreadable(text) is { } refused)
        {
            diagnostics.Warning(DiagnosticCodes.SiteSyntax, refused.Line, refused.Column, $"{refused.Message}; {keepsLastGood}", refused.Fix);
            return (defaults, diagnostics.Items);
        }

        var yaml = YamlDocumentReader.Read(TextNormalizer.Normalize(text));
        if (yaml.Problem is { } problem)
        {
            diagnostics.Warning(
                DiagnosticCodes.SiteSyntax, problem.Line, problem.Column,
                $"site.yml line {problem.Line}: {problem.Message}; {keepsLastGood}",
                problem.Fix);
            return (defaults, diagnostics.Items);
        }

        if (yaml.Root is not YamlMappingNode mapping)
        {
            diagnostics.Warning(
                DiagnosticCodes.SiteSyntax, 1, 1,
                "site.yml holds no 'key: value' settings; until it does the running site keeps its last good settings (a site that has just started uses its defaults)",
                "Write each setting as 'key: value' on its own line");
            return (defaults, diagnostics.Items);
        }

        var fields = YamlFields.From(mapping, Keys.ToHashSet(StringComparer.Ordinal), 0);
        foreach (var (key, line, column) in fields.UnknownKeys)
        {
            var suggestion = KeySuggester.Suggest(key, Keys);
            diagnostics.Warning(
                DiagnosticCodes.SiteUnknownKey, line, column,
                $"unknown setting '{key}'" + (suggestion is null ? string.Empty : $" (did you mean '{suggestion}'?)"),
                suggestion is null ? $"Remove it, or use one of: {string.Join(", ", Keys)}" : $"Rename it to '{suggestion}'");
        }

        string Required(string key, string fallback, string why)
        {
            if (fields.Text(key) is { } value)
            {
                return value;
            }

            diagnostics.Warning(
                DiagnosticCodes.SiteMissingKey, null, null,
                $"site.yml has no '{key}', so the default \"{fallback}\" is used",
                $"Add a line '{key}: ...' ({why})");
            return fallback;
        }

        var name = Required("name", defaults.Name, "the site's name, shown in every page's header and title");
        var tagline = Required("tagline", defaults.Tagline, "a short line under the name on the home page");
        var crisisText = Required("crisis_text", defaults.CrisisText, "every article page shows it to people who may be in danger");
        var quickExit = fields.Text("quick_exit_url");
        if (quickExit is not null && UrlSafety.SchemeOf(quickExit) is not ("https" or "http"))
        {
            var (line, column) = fields.PositionOfValue("quick_exit_url");
            diagnostics.Warning(
                DiagnosticCodes.SiteInvalidValue, line, column,
                $"quick_exit_url '{quickExit}' is not a web address; the default is used",
                "Give a full address starting with https://, such as a weather or news page");
            quickExit = null;
        }

        var discreet = fields.Boolean("discreet_tab", out var badDiscreet);
        if (badDiscreet)
        {
            var (line, column) = fields.PositionOfValue("discreet_tab");
            diagnostics.Warning(
                DiagnosticCodes.SiteInvalidValue, line, column,
                "discreet_tab must be true or false; it is left off",
                "Write 'discreet_tab: true' or 'discreet_tab: false'");
        }

        var crisis = ReadCrisisLines(fields, diagnostics);
        var settings = new SiteSettings(
            name,
            tagline,
            fields.Text("welcome"),
            fields.Text("base_url")?.TrimEnd('/'),
            fields.Text("clinic_name"),
            fields.Text("clinic_phone"),
            fields.Text("clinic_email"),
            fields.Text("reply_promise") ?? defaults.ReplyPromise,
            crisisText,
            crisis.Lines,
            quickExit ?? defaults.QuickExitUrl,
            discreet ?? false,
            fields.Text("discreet_title") ?? defaults.DiscreetTitle)
        {
            ReplyWithin = ReadReplyWithin(fields, diagnostics),
            ClosedDates = ReadClosedDates(fields, diagnostics),
            ReadingAgeWarningAbove = ReadReadingAgeWarning(fields, diagnostics),
            CrisisLinesEmptyOnPurpose = crisis.EmptyOnPurpose,
            CrisisLinesBroken = crisis.Broken,
        };
        return (settings, diagnostics.Items);
    }

    private static ReplyWindow? ReadReplyWithin(YamlFields fields, DiagnosticBag diagnostics)
    {
        if (!fields.Has("reply_within"))
        {
            return null;
        }

        if (ReplyWindow.Parse(fields.Text("reply_within")) is { } window)
        {
            return window;
        }

        var (line, column) = fields.PositionOfValue("reply_within");
        diagnostics.Warning(
            DiagnosticCodes.SiteInvalidValue, line, column,
            $"reply_within '{fields.Text("reply_within")}' is not a number of working days or hours; no reply time is promised or tracked until it is",
            "Write it as 'reply_within: 2 working days' or 'reply_within: 16 working hours'");
        return null;
    }

    private static int ReadReadingAgeWarning(YamlFields fields, DiagnosticBag diagnostics)
    {
        const string key = "reading_age_warning_above";
        var age = fields.Number(key, out var invalid);
        if (!invalid && age is null or (>= MinReadingAgeWarning and <= MaxReadingAgeWarning))
        {
            return age ?? SiteSettings.DefaultReadingAgeWarningAbove;
        }

        var (line, column) = fields.PositionOfValue(key);
        diagnostics.Warning(
            DiagnosticCodes.SiteReadingAgeInvalid, line, column,
            $"{key} must be a whole number of years from {MinReadingAgeWarning} to {MaxReadingAgeWarning}; the default, {SiteSettings.DefaultReadingAgeWarningAbove}, is used",
            $"Write it as '{key}: {SiteSettings.DefaultReadingAgeWarningAbove}' (the NHS aims at a reading age of 9 to 11)");
        return SiteSettings.DefaultReadingAgeWarningAbove;
    }

    private static List<DateOnly> ReadClosedDates(YamlFields fields, DiagnosticBag diagnostics)
    {
        var dates = new List<DateOnly>();
        switch (fields.Node("closed_dates"))
        {
            case null:
                return dates;
            case YamlSequenceNode sequence:
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode { Value: { } text }
                        && DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
                    {
                        dates.Add(date);
                        continue;
                    }

                    var (line, column) = fields.PositionOf(item);
                    diagnostics.Warning(
                        DiagnosticCodes.SiteInvalidValue, line, column,
                        "a closed date must be written as YYYY-MM-DD; this one is ignored, so replies may fall due on it",
                        "Write it as '- 2026-12-25'");
                }

                return dates;
            default:
                var (l, c) = fields.PositionOfValue("closed_dates");
                diagnostics.Warning(
                    DiagnosticCodes.SiteInvalidValue, l, c,
                    "closed_dates must be a list of dates; none are used",
                    "Start each date on its own line with '- ', such as '- 2026-12-25'");
                return dates;
        }
    }

    /// <summary>What is refused before the YAML reader sees the text: too much of it, or a control character (a NUL ends YAML early).</summary>
    private static YamlProblem? Unreadable(string text)
    {
        if (text.Length > ContentLimits.MaxFrontMatterChars)
        {
            return new YamlProblem(1, 1, $"site.yml holds {text.Length:N0} characters; the site reads at most {ContentLimits.MaxFrontMatterChars:N0}", "Keep only the settings in site.yml");
        }

        return ControlCharacterScanner.Find(text) is { } control
            ? new YamlProblem(control.Line, control.Column, $"site.yml line {control.Line} contains an invisible control character, {ControlCharacterScanner.Describe(control.Character)}", "Delete it (it usually comes from pasting from a PDF or a word processor) and save the file as plain UTF-8 text")
            : null;
    }

    private static (List<CrisisLine> Lines, bool EmptyOnPurpose, bool Broken) ReadCrisisLines(YamlFields fields, DiagnosticBag diagnostics)
    {
        var lines = new List<CrisisLine>();
        const string fix = "Write each line as '- label: Samaritans (24 hours)' with 'number: \"116 123\"' on the next line, indented under 'label'";
        switch (fields.Node("crisis_lines"))
        {
            case null:
            case YamlScalarNode scalar when string.IsNullOrWhiteSpace(scalar.Value) && scalar.Style == YamlDotNet.Core.ScalarStyle.Plain:
                // Not an error (the contract keeps missing keys warnings), but the one warning staff must see.
                diagnostics.Warning(
                    DiagnosticCodes.SiteMissingKey, null, null,
                    "there is no 'crisis_lines' setting, so the crisis help on articles, the contact form and the thanks page lists no phone numbers",
                    "Add 'crisis_lines:' with at least one line such as '- label: Samaritans (24 hours)' and 'number: \"116 123\"' indented below it; write 'crisis_lines: []' only if the site must show none");
                return (lines, false, false);
            case YamlSequenceNode { Children.Count: 0 }:
                return (lines, true, false);
            case YamlSequenceNode sequence:
                var broken = false;
                foreach (var item in sequence.Children)
                {
                    var label = (item as YamlMappingNode)?.Children.FirstOrDefault(c => (c.Key as YamlScalarNode)?.Value == "label").Value as YamlScalarNode;
                    var number = (item as YamlMappingNode)?.Children.FirstOrDefault(c => (c.Key as YamlScalarNode)?.Value == "number").Value as YamlScalarNode;
                    if (string.IsNullOrWhiteSpace(label?.Value) || string.IsNullOrWhiteSpace(number?.Value))
                    {
                        var (line, column) = fields.PositionOf(item);
                        diagnostics.Error(
                            DiagnosticCodes.CrisisLineUnreadable, line, column,
                            "this crisis line cannot be read: it needs both a 'label' and a 'number', so people in danger would not see it",
                            fix);
                        broken = true;
                        continue;
                    }

                    lines.Add(new CrisisLine(label.Value.Trim(), number.Value.Trim()));
                }

                return (lines, false, broken);
            case var other:
                // 'Samaritans: 24 hours' under crisis_lines, or one line of text: a list was meant.
                var (l, c) = fields.PositionOf(other);
                diagnostics.Error(
                    DiagnosticCodes.CrisisLineUnreadable, l, c,
                    "crisis_lines cannot be read: it must be a list of lines, each with a 'label' and a 'number', so no crisis number is shown",
                    fix);
                return (lines, false, true);
        }
    }
}
