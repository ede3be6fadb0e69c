using System.Net;
using AttachmentGuide.Content.Diagnostics;
using AttachmentGuide.Web.Content;
using AttachmentGuide.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AttachmentGuide.Web.Tests.Topics;

public sealed class AnchorsAndAliasesTests(TopicsSiteFactory factory) : IClassFixture<TopicsSiteFactory>
{
    private async Task<HttpResponseMessage> GetAsync(string path) =>
        await factory.CreatePlainClient().GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

    [Fact]
    public async Task A_custom_heading_id_is_the_sections_anchor_and_on_this_page_and_in_article_links_reach_it()
    {
        var document = await factory.CreatePlainClient().GetDocumentAsync("/guide/body-memory");

        var section = document.QuerySelector("section[aria-labelledby='in-the-body']");
        Assert.NotNull(section);
        Assert.Equal("in-the-body", section.QuerySelector("h2")!.Id);
        Assert.Contains("#in-the-body", document.QuerySelectorAll("#on-this-page a, nav a").Select(a => a.GetAttribute("href")));
        Assert.Contains("#in-the-body", document.QuerySelectorAll(".lead a").Select(a => a.GetAttribute("href")));
        Assert.Contains("/guide/calm-breathing#slow-breaths", document.QuerySelectorAll("section a").Select(a => a.GetAttribute("href")));
        Assert.Null(document.GetElementById("feeling-it-in-your-body"));
    }

    [Theory]
    [InlineData("/guide/the-body-keeps-score", "/guide/body-memory")]
    [InlineData("/guide/body-and-trauma", "/guide/body-memory")]
    [InlineData("/guide/renamed-before", "/guide/renamed")]
    [InlineData("/prices", "/fees")]
    public async Task An_alias_answers_301_to_the_current_local_address(string alias, string target)
    {
        using var response = await GetAsync(alias);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(target, response.Headers.Location?.OriginalString);
        Assert.True(response.Headers.CacheControl?.Public);
        Assert.Equal(TimeSpan.FromDays(1), response.Headers.CacheControl?.MaxAge);
    }

    [Theory]
    [InlineData("/guide/draft-old-name")]
    [InlineData("/guide/no-such-alias")]
    public async Task A_drafts_alias_in_production_and_an_unknown_address_are_404(string path)
    {
        using var response = await GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_colliding_alias_stays_with_its_owner_and_is_an_error_naming_both_files()
    {
        using var response = await GetAsync("/guide/calm-breathing");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var renamed = await GetAsync("/guide/renamed");
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);

        var problems = factory.Services.GetRequiredService<SiteContent>().Problems;
        var collision = Assert.Single(problems, d => d.Code == DiagnosticCodes.AliasCollision);
        Assert.True(collision.IsError);
        Assert.EndsWith("renamed.md", collision.FilePath, StringComparison.Ordinal);
        Assert.Contains("calm-breathing.md", collision.Message, StringComparison.Ordinal);
        var malformed = Assert.Single(problems, d => d.Code == DiagnosticCodes.InvalidAlias);
        Assert.Contains("../staff", malformed.Message, StringComparison.Ordinal);
        Assert.Equal(5, malformed.Line);
    }

    [Fact]
    public async Task Check_content_reports_the_alias_errors_and_exits_1()
    {
        var folder = TestPaths.Fixture("Topics");
        var result = await CliRunner.RunAsync(folder, "check-content", "--content", folder);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.OutputLines, l => l.Contains("renamed.md(5,1): error AG0112", StringComparison.Ordinal) && l.Contains("calm-breathing.md", StringComparison.Ordinal));
        Assert.Contains(result.OutputLines, l => l.Contains("renamed.md(5,1): error AG0113", StringComparison.Ordinal));
    }
}
