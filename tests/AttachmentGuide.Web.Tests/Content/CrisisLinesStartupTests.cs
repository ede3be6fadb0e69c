using AttachmentGuide.Web.Tests.Infrastructure;

namespace AttachmentGuide.Web.Tests.Content;

/// <summary>A live site with no crisis number at all refuses to start, unless staff said so on purpose.</summary>
public sealed class CrisisLinesStartupTests : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly string _content = Directory.CreateTempSubdirectory("ag-crisis-").FullName;
    private readonly SiteDataFolder _data = new("ag-crisis-data-");

    public CrisisLinesStartupTests()
    {
        Directory.CreateDirectory(Path.Combine(_content, "articles"));
        File.WriteAllText(Path.Combine(_content, "articles", "fine.md"), "---\ntitle: Fine\nsummary: A good article.\n---\n\n## Part\n\nText.\n");
    }

    public void Dispose()
    {
        _data.Dispose();
        Directory.Delete(_content, recursive: true);
    }

    private Task<SiteProcess> StartAsync(string crisisLines)
    {
        File.WriteAllText(Path.Combine(_content, "site.yml"), "name: A\ntagline: B\ncrisis_text: Call if in danger.\n" + crisisLines);
        var environment = SiteEnvironment.For(_data, "Production");
        environment["Content__Path"] = _content;
        return SiteProcess.StartAsync(environment, Path.GetTempPath(), StartTimeout, TestContext.Current.CancellationToken);
    }

    [Theory]
    [InlineData("")]
    [InlineData("crisis_lines:\n  Samaritans: 24 hours\n")]
    public async Task Production_refuses_to_start_without_a_crisis_number(string crisisLines)
    {
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => StartAsync(crisisLines));

        Assert.Contains("lists no crisis line that can be read, so the site does not start in Production", failure.Message, StringComparison.Ordinal);
        Assert.Contains("crisis_lines: []", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_starts_when_no_crisis_lines_are_written_on_purpose()
    {
        await using var site = await StartAsync("crisis_lines: []\n");

        site.EnsureRunning();
    }
}
