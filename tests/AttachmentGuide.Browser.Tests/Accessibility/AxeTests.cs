using AttachmentGuide.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace AttachmentGuide.Browser.Tests.Accessibility;

// Light and dark are separate classes so that xunit runs them in parallel.

public sealed class LightModeAxeTests(BrowserSite site)
{
    [Theory]
    [MemberData(nameof(AxeScan.PageStates), MemberType = typeof(AxeScan))]
    public Task PageInLightMode_HasNoWcag22AaViolationsAndMeetsAaaContrast(string page) =>
        AxeScan.AssertNoViolationsAsync(site, page, ColorScheme.Light);

    [Fact]
    public async Task Axe_ReportsTheViolationOnAKnownBadPage()
    {
        await using var session = await site.OpenAsync();
        await session.Page.SetContentAsync(
            "<!DOCTYPE html><html lang=\"en\"><head><title>Known bad</title></head><body><main><h1>Known bad</h1>"
            + "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\"></main></body></html>");

        var result = await AxeScan.RunAsync(session.Page);

        Assert.Contains(result.Violations, rule => rule.Id == "image-alt");
    }
}

public sealed class DarkModeAxeTests(BrowserSite site)
{
    [Theory]
    [MemberData(nameof(AxeScan.PageStates), MemberType = typeof(AxeScan))]
    public Task PageInDarkMode_HasNoWcag22AaViolationsAndMeetsAaaContrast(string page) =>
        AxeScan.AssertNoViolationsAsync(site, page, ColorScheme.Dark);
}

// The staff pages at 390 px: the inbox as cards, the safe-contact notice above the details, the QR code beside the key.

public sealed class PhoneLightModeAxeTests(BrowserSite site)
{
    [Theory]
    [MemberData(nameof(AxeScan.PhoneStates), MemberType = typeof(AxeScan))]
    public Task StaffPageOnAPhoneInLightMode_HasNoWcag22AaViolationsAndMeetsAaaContrast(string page) =>
        AxeScan.AssertNoViolationsAsync(site, page, ColorScheme.Light, AxeScan.Phone390);
}

public sealed class PhoneDarkModeAxeTests(BrowserSite site)
{
    [Theory]
    [MemberData(nameof(AxeScan.PhoneStates), MemberType = typeof(AxeScan))]
    public Task StaffPageOnAPhoneInDarkMode_HasNoWcag22AaViolationsAndMeetsAaaContrast(string page) =>
        AxeScan.AssertNoViolationsAsync(site, page, ColorScheme.Dark, AxeScan.Phone390);
}
