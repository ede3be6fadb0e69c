using AttachmentGuide.Web.Staff;
using AttachmentGuide.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace AttachmentGuide.Web.Tests.Staff;

/// <summary>The site's UserManager judges passwords as the <c>staff</c> commands do.</summary>
public sealed class PasswordRulesTests(StaffSiteFactory site) : IClassFixture<StaffSiteFactory>
{
    private async Task<IdentityResult> CreateAsync(string email, string password)
    {
        using var scope = site.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        return await users.CreateAsync(new StaffUser { UserName = email, Email = email }, password);
    }

    [Theory]
    [InlineData("password1234")]
    [InlineData("qwertyuiop123")]
    [InlineData("attachmentguide2026")]
    public async Task A_common_or_guessable_password_is_refused(string password)
    {
        var result = await CreateAsync($"common-{password}@clinic.example", password);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Code == "PasswordTooCommon");
    }

    [Fact]
    public async Task A_password_shorter_than_12_characters_is_refused()
    {
        var result = await CreateAsync("short@clinic.example", "short");

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Description.Contains("12 characters", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_password_longer_than_128_characters_is_refused()
    {
        var result = await CreateAsync("long@clinic.example", string.Join(' ', Enumerable.Repeat("quiet river lantern mosaic", 6)));

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Code == "PasswordTooLong");
    }

    [Fact]
    public async Task A_passphrase_of_unrelated_words_is_accepted_without_composition_rules()
    {
        var result = await CreateAsync("strong@clinic.example", "quiet river lantern mosaic");

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
