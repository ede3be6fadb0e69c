using AttachmentGuide.TestSupport.Smtp;
using AttachmentGuide.Web.Notifications;
using AttachmentGuide.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AttachmentGuide.Web.Tests.Notifications;

public sealed class NotificationSettingsTests
{
    [Theory]
    [InlineData("Notifications:From", "not an address", "Notifications:From")]
    [InlineData("Notifications:From", "Clinic <alerts@guide.example.org>", "Notifications:From")]
    [InlineData("Notifications:To:0", "inbox@", "Notifications:To:0")]
    [InlineData("Notifications:To:0", "a@example.org, b@example.org", "Notifications:To:0")]
    [InlineData("Site:BaseUrl", "", "Site:BaseUrl")]
    [InlineData("Notifications:Smtp:CertificateSha256", "abc", "Notifications:Smtp:CertificateSha256")]
    public void A_bad_setting_while_alerts_are_on_stops_start_up_naming_it(string key, string value, string named)
    {
        var smtp = TestSmtpServer.Create();
        using var factory = new AlertSiteFactory(smtp, (key, value));

        var error = Assert.ThrowsAny<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void With_no_host_alerts_are_off_and_the_other_settings_are_not_checked()
    {
        using var factory = ContactSiteFactory.WithSettings(
            ("Notifications:From", "not an address"),
            ("Serilog:MinimumLevel:Override:AttachmentGuide.Web.Notifications", "Information"));
        using var client = factory.CreateClient();

        Assert.False(factory.Services.GetRequiredService<IOptions<NotificationOptions>>().Value.Enabled);
        Assert.Contains(factory.Logs.Events, e => e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("Email alerts are off", StringComparison.Ordinal));
    }
}
