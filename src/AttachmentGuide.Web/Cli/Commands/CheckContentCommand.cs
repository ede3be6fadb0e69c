using System.CommandLine;
using AttachmentGuide.Content;
using AttachmentGuide.Web.Content;

namespace AttachmentGuide.Web.Cli.Commands;

/// <summary>
/// <c>check-content [--content DIR]</c>: prints every diagnostic, one a line, in the compiler
/// format editors make clickable, then a summary; exits 1 when there is an error.
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
        var command = new Command(Name, "check every article and site.yml; exit 1 on any error") { content };
        command.SetAction(parseResult => Run(
            parseResult.GetValue(content) ?? ConfiguredFolder(CliConfiguration.Build()),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    /// <summary><c>Content:Path</c> (<c>Content__Path</c> in the environment), as the site reads it.</summary>
    private static string? ConfiguredFolder(IConfiguration configuration) =>
        configuration.GetSection(ContentOptions.SectionName).Get<ContentOptions>()?.Path;

    private static int Run(string? folder, TextWriter output, TextWriter error)
    {
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

        var baseDirectory = Environment.CurrentDirectory;
        foreach (var diagnostic in result.Diagnostics)
        {
            output.WriteLine(diagnostic.Format(baseDirectory));
        }

        var articles = result.Library.All.Count;
        output.WriteLine(
            $"{Plural(result.ErrorCount, "error")}, {Plural(result.WarningCount, "warning")}; " +
            $"{Plural(articles, "article")} ready in {Path.GetRelativePath(baseDirectory, contentPath)}");
        return result.ErrorCount > 0 ? ExitCodes.Failure : ExitCodes.Success;
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
