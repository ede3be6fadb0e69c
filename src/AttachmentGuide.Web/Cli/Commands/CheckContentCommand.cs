using System.CommandLine;
using AttachmentGuide.Content;
using AttachmentGuide.Web.Content;

namespace AttachmentGuide.Web.Cli.Commands;

/// <summary>
/// <c>check-content [--content DIR] [--strict [CODES]] [--reading-ages]</c>: prints every diagnostic, one a line, in the
/// compiler format editors make clickable, then a summary; exits 1 when there is an error. With <c>--strict</c>, warnings
/// of the chosen codes (<see cref="StrictCodes"/>) count as errors. With <c>--reading-ages</c>, each file's reading age
/// follows the problems as an <c>info</c> line: asked for, because deploy tools read every line before the summary as an
/// error or a warning (the output contract).
/// </summary>
public static class CheckContentCommand
{
    public const string Name = "check-content";

    public static Command Create()
    {
        var content = new Option<string?>("--content")
        {
            Description = "the content folder; default Content__Path, else the nearest content/ folder",
            HelpName = "DIR",
        };
        var strict = new Option<string[]>("--strict")
        {
            Description = $"for a deploy: these warning codes count as errors (default {string.Join(",", StrictCodes.Default)})",
            HelpName = "CODES",
            Arity = ArgumentArity.ZeroOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        var readingAges = new Option<bool>("--reading-ages")
        {
            Description = "also print each article's and page's reading age (information, never counted)",
        };
        var command = new Command(Name, "check every article, page and site.yml; exit 1 on any error") { content, strict, readingAges };
        command.SetAction(parseResult => Run(
            parseResult.GetValue(content) ?? ConfiguredFolder(CliConfiguration.Build()),
            parseResult.GetResult(strict) is null ? null : StrictCodes.Parse(parseResult.GetValue(strict) ?? []),
            parseResult.GetValue(readingAges),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    /// <summary><c>Content:Path</c> (<c>Content__Path</c> in the environment), as the site reads it.</summary>
    private static string? ConfiguredFolder(IConfiguration configuration) =>
        configuration.GetSection(ContentOptions.SectionName).Get<ContentOptions>()?.Path;

    private static int Run(string? folder, IReadOnlySet<string>? strictCodes, bool readingAges, TextWriter output, TextWriter error)
    {
        if (strictCodes?.FirstOrDefault(c => !StrictCodes.IsWellFormed(c)) is { } badCode)
        {
            error.WriteLine($"check-content: '{badCode}' is not a diagnostic code; write codes like {StrictCodes.Default[0]}, separated by commas.");
            return ExitCodes.Usage;
        }

        var contentPath = ContentFolderLocator.Resolve(folder);
        if (!Directory.Exists(contentPath))
        {
            error.WriteLine($"check-content: the content folder '{contentPath}' does not exist.");
            return ExitCodes.Usage;
        }

        ContentLoadResult result;
        try
        {
            result = ContentParsing.CreateLoader().Load(contentPath, ContentLoadOptions.Now(TimeProvider.System, includeDrafts: true));
        }
#pragma warning disable CA1031 // Each file's faults are already diagnostics; this is the last line of defence, one line, never a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            error.WriteLine($"check-content: the content folder '{contentPath}' could not be checked ({ex.GetType().Name}: {ex.Message.TrimEnd('.')}).");
            return ExitCodes.Failure;
        }

        var diagnostics = strictCodes is null ? result.Diagnostics : StrictCodes.Apply(result.Diagnostics, strictCodes);
        var baseDirectory = Environment.CurrentDirectory;
        foreach (var diagnostic in diagnostics)
        {
            output.WriteLine(diagnostic.Format(baseDirectory));
        }

        // Information after the problems: how hard each file is to read (never counted, never in the exit code).
        var library = result.Library;
        foreach (var line in readingAges ? ReadingAgeLines.For(library, baseDirectory) : [])
        {
            output.WriteLine(line);
        }

        // Drafts are loaded to be checked, but are not ready: the summary counts them apart.
        var errors = diagnostics.Count(d => d.IsError);
        var ready = library.All.Count(a => !a.Metadata.Draft);
        var drafts = library.All.Count(a => a.Metadata.Draft) + library.Pages.Count(p => p.Metadata.Draft);
        var pages = library.Pages.Count(p => !p.Metadata.Draft);
        output.WriteLine(
            $"{Plural(errors, "error")}, {Plural(diagnostics.Count - errors, "warning")}; " +
            $"{Plural(ready, "article")} and {Plural(pages, "page")} ready, {Plural(drafts, "draft")}" +
            $"{(strictCodes is null ? string.Empty : $" (strict: {string.Join(",", strictCodes.Order(StringComparer.Ordinal))})")} " +
            $"in {Path.GetRelativePath(baseDirectory, contentPath)}");
        return errors > 0 ? ExitCodes.Failure : ExitCodes.Success;
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
