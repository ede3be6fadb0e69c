using System.Diagnostics;
using Microsoft.Playwright;

namespace AttachmentGuide.Browser.Tests.Infrastructure;

/// <summary>
/// The assembly-wide fixture: the running site and one headless Chromium. When no Chromium is found
/// nothing is started, and every test that asks for a session is skipped (or fails, with REQUIRE_BROWSER=1).
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private static readonly string[] LaunchArgs =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ];

    /// <summary>The staff account the staff-page tests sign in with (made by <see cref="EnsureStaffAccountAsync"/>).</summary>
    public const string StaffEmail = "browser-staff@clinic.example";

    public const string StaffPassword = "quiet river lantern mosaic 42";

    /// <summary>An account with the editor role alone, for the 403 page (same password as <see cref="StaffEmail"/>).</summary>
    public const string EditorEmail = "browser-editor@clinic.example";

    private readonly SiteDataFolder data = new("ag-browser-tests-");
    private readonly SemaphoreSlim staffAccount = new(1, 1);
    private readonly HashSet<string> accountsMade = new(StringComparer.Ordinal);
    private SiteProcess? site;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public BrowserSite()
    {
        ChromiumPath = ChromiumLocator.Find();
    }

    public string? ChromiumPath { get; }

    public SiteProcess Site => site ?? throw new InvalidOperationException("The site was not started; call OpenAsync first.");

    /// <summary>The site's SQLite file, for reading what it stored.</summary>
    public string DatabasePath => data.DatabasePath;

    public async ValueTask InitializeAsync()
    {
        if (ChromiumPath is null)
        {
            return;
        }

        var cancellationToken = TestContext.Current.CancellationToken;
        // Development serves static web assets from the build folders (see TOOLCHAIN: Production from a build serves empty files).
        var starting = SiteProcess.StartAsync(SiteEnvironment.For(data, "Development"), data.Path, StartTimeout, cancellationToken);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = LaunchArgs,
        });
        site = await starting;
    }

    /// <summary>Skips the calling test when there is no Chromium, or fails it when REQUIRE_BROWSER=1.</summary>
    public void RequireBrowser()
    {
        SystemComponent.SkipOrFailWhenMissing(ChromiumPath is not null, "Chromium", ChromiumLocator.Install, ChromiumLocator.RequireVariable);
    }

    /// <summary>A fresh browser context (its own cookies, history and recorders) with one tab.</summary>
    public async Task<BrowserSession> OpenAsync(SessionOptions? options = null)
    {
        RequireBrowser();
        Site.EnsureRunning();
        var session = await BrowserSession.OpenAsync(browser!, Site, DatabasePath, options ?? new SessionOptions());
        session.openedBy = this;
        return session;
    }

    /// <summary>
    /// Makes <see cref="StaffEmail"/> (an admin, so every staff page opens) once, with the site's own
    /// <c>staff add</c> command, as the clinic does.
    /// </summary>
    public Task EnsureStaffAccountAsync() => EnsureAccountAsync(StaffEmail, "admin");

    /// <summary>Makes <see cref="EditorEmail"/> once: an editor, whom the inbox refuses.</summary>
    public Task EnsureEditorAccountAsync() => EnsureAccountAsync(EditorEmail, "editor");

    private async Task EnsureAccountAsync(string email, string role)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await staffAccount.WaitAsync(cancellationToken);
        try
        {
            if (accountsMade.Contains(email))
            {
                return;
            }

            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = data.Path,
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { RepositoryPaths.WebAppDll, "staff", "add", email, "--role", role, "--password-stdin" })
            {
                start.ArgumentList.Add(argument);
            }

            foreach (var (name, value) in SiteEnvironment.For(data, "Development"))
            {
                start.Environment[name] = value;
            }

            using var command = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
            await command.StandardInput.WriteLineAsync(StaffPassword.AsMemory(), cancellationToken);
            command.StandardInput.Close();
            var output = command.StandardOutput.ReadToEndAsync(cancellationToken);
            var errors = command.StandardError.ReadToEndAsync(cancellationToken);
            await command.WaitForExitAsync(cancellationToken);
            Assert.True(command.ExitCode == 0, $"staff add failed ({command.ExitCode}): {await output}{await errors}");
            accountsMade.Add(email);
        }
        finally
        {
            staffAccount.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        staffAccount.Dispose();
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
    }
}
