using System.Diagnostics;
using AttachmentGuide.Browser.Tests.Infrastructure;
using AttachmentGuide.Browser.Tests.Photos;
using Microsoft.Playwright;

namespace AttachmentGuide.Browser.Tests.Pictures;

/// <summary>
/// The site on a copy of Fixtures/Photo (so an upload never writes into the repository), an editor account made with
/// the site's own <c>staff add</c>, and a Chromium of its own.
/// </summary>
public sealed class PicturesSite : IAsyncLifetime
{
    public const string PagePath = "/staff/content/images";
    public const string EditorEmail = "pictures-editor@clinic.example";
    public const string Password = BrowserSite.StaffPassword;

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly SiteDataFolder data = new("ag-pictures-tests-");
    private SiteProcess? site;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public string? ChromiumPath { get; } = ChromiumLocator.Find();

    public string ContentPath { get; } = Directory.CreateTempSubdirectory("ag-pictures-content-").FullName;

    public SiteProcess Site => site ?? throw new InvalidOperationException("The site was not started.");

    public async ValueTask InitializeAsync()
    {
        if (ChromiumPath is null)
        {
            return;
        }

        foreach (var file in Directory.GetFiles(PhotoSite.ContentPath, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(ContentPath, Path.GetRelativePath(PhotoSite.ContentPath, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var environment = SiteVariables();
        await AddEditorAsync(environment);
        var starting = SiteProcess.StartAsync(environment, data.Path, StartTimeout, TestContext.Current.CancellationToken);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        site = await starting;
    }

    /// <summary>A fresh context, signed in as the editor through the sign-in form.</summary>
    public async Task<BrowserSession> OpenSignedInAsync(SessionOptions options)
    {
        SystemComponent.SkipOrFailWhenMissing(ChromiumPath is not null, "Chromium", ChromiumLocator.Install, ChromiumLocator.RequireVariable);
        Site.EnsureRunning();
        var session = await BrowserSession.OpenAsync(browser!, Site, data.DatabasePath, options);
        await session.GotoAsync(SitePages.StaffLogin);
        await session.Page.Locator("#Input_Email").FillAsync(EditorEmail);
        await session.Page.Locator("#Input_Password").FillAsync(Password);
        await session.NavigateByAsync(() => session.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync());
        Assert.Equal("/staff/content", session.CurrentPath);
        return session;
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
        Directory.Delete(ContentPath, recursive: true);
    }

    private Dictionary<string, string> SiteVariables()
    {
        var environment = SiteEnvironment.For(data, "Development");
        environment["Content__Path"] = ContentPath;
        environment["Images__CachePath"] = Path.Combine(data.Path, "images");
        return environment;
    }

    private async Task AddEditorAsync(Dictionary<string, string> environment)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
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

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var command = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        await command.StandardInput.WriteLineAsync(Password.AsMemory(), cancellationToken);
        command.StandardInput.Close();
        var output = command.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = command.StandardError.ReadToEndAsync(cancellationToken);
        await command.WaitForExitAsync(cancellationToken);
        Assert.True(command.ExitCode == 0, $"staff add failed ({command.ExitCode}): {await output}{await errors}");
    }
}
