using System.Diagnostics;
using AttachmentGuide.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace AttachmentGuide.Browser.Tests.Editing;

/// <summary>
/// A site of its own on a copy of the content folder, for tests that save in the browser editor (the shared site
/// serves the repository's own content/, which no test may change), with an editor account made by <c>staff add</c>.
/// </summary>
public sealed class EditingBrowserSite : IAsyncLifetime
{
    public const string EditorEmail = "browser-writer@clinic.example";

    private readonly SiteDataFolder data = new("ag-browser-editing-");
    private readonly string content = Path.Combine(Path.GetTempPath(), "ag-browser-editing-content-" + Guid.NewGuid().ToString("N"));
    private SiteProcess? site;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public string? ChromiumPath { get; } = ChromiumLocator.Find();

    public string ContentPath => content;

    public async ValueTask InitializeAsync()
    {
        if (ChromiumPath is null)
        {
            return;
        }

        var cancellationToken = TestContext.Current.CancellationToken;
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Content, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(content, Path.GetRelativePath(RepositoryPaths.Content, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        await AddEditorAsync(cancellationToken);
        var starting = SiteProcess.StartAsync(Environment(), data.Path, TimeSpan.FromSeconds(60), cancellationToken);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        site = await starting;
    }

    public async Task<BrowserSession> OpenAsync(SessionOptions? options = null)
    {
        SystemComponent.SkipOrFailWhenMissing(ChromiumPath is not null, "Chromium", ChromiumLocator.Install, ChromiumLocator.RequireVariable);
        site!.EnsureRunning();
        return await BrowserSession.OpenAsync(browser!, site, data.DatabasePath, options ?? new SessionOptions());
    }

    /// <summary>Signs in at /staff/login as the editor, who lands on the content list.</summary>
    public static async Task SignInAsync(BrowserSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        await session.GotoAsync(SitePages.StaffLogin);
        await session.Page.Locator("#Input_Email").FillAsync(EditorEmail);
        await session.Page.Locator("#Input_Password").FillAsync(BrowserSite.StaffPassword);
        await session.NavigateByAsync(() => session.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync());
        Assert.Equal("/staff/content", session.CurrentPath);
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        if (site is not null)
        {
            await site.DisposeAsync();
        }

        data.Dispose();
        try
        {
            Directory.Delete(content, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private Dictionary<string, string> Environment()
    {
        var environment = SiteEnvironment.For(data, "Development");
        environment["Content__Path"] = content;
        return environment;
    }

    private async Task AddEditorAsync(CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = data.Path,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { RepositoryPaths.WebAppDll, "staff", "add", EditorEmail, "--role", "editor", "--password-stdin" })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in Environment())
        {
            start.Environment[name] = value;
        }

        using var command = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        await command.StandardInput.WriteLineAsync(BrowserSite.StaffPassword.AsMemory(), cancellationToken);
        command.StandardInput.Close();
        var output = command.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = command.StandardError.ReadToEndAsync(cancellationToken);
        await command.WaitForExitAsync(cancellationToken);
        Assert.True(command.ExitCode == 0, $"staff add failed ({command.ExitCode}): {await output}{await errors}");
    }
}
