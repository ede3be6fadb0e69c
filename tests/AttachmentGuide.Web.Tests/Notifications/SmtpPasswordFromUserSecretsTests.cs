using System.Net;
using System.Reflection;
using System.Text.Json;
using AttachmentGuide.TestSupport.Smtp;
using AttachmentGuide.Web.Tests.Infrastructure;
using Microsoft.Extensions.Configuration.UserSecrets;
using static AttachmentGuide.Web.Tests.Infrastructure.ContactForm;

namespace AttachmentGuide.Web.Tests.Notifications;

/// <summary>
/// The SMTP sign-in kept in user secrets (<c>dotnet user-secrets set Notifications:Smtp:Password ...</c>) on a staff
/// member's machine: read by the site and by <c>notify test</c> in Development, as ASP.NET reads user secrets, and by
/// neither elsewhere. Each run gets a home folder of its own, so the secrets file is where the tool would write it.
/// </summary>
public sealed class SmtpPasswordFromUserSecretsTests : IDisposable
{
    private static readonly SmtpLogin Login = new("clinic-alerts", "Kestrel-Tide-Secret-4417");
    private readonly DirectoryInfo _home = Directory.CreateTempSubdirectory("ag-secrets-home-");
    private readonly SiteDataFolder _data = new("ag-secrets-site-");

    public SmtpPasswordFromUserSecretsTests()
    {
        var id = typeof(Program).Assembly.GetCustomAttribute<UserSecretsIdAttribute>()?.UserSecretsId;
        Assert.False(string.IsNullOrEmpty(id), "The web app has no UserSecretsId, so dotnet user-secrets has nowhere to write");
        var secrets = Path.Combine(_home.FullName, ".microsoft", "usersecrets", id, "secrets.json");
        Directory.CreateDirectory(Path.GetDirectoryName(secrets)!);
        // The flat keys `dotnet user-secrets set` writes.
        File.WriteAllText(secrets, JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["Notifications:Smtp:UserName"] = Login.UserName,
            ["Notifications:Smtp:Password"] = Login.Password,
        }));
    }

    public void Dispose()
    {
        _data.Dispose();
        _home.Delete(recursive: true);
    }

    [Fact]
    public async Task In_development_notify_test_signs_in_with_the_password_from_user_secrets()
    {
        await using var smtp = await TestSmtpServer.StartNewAsync(requiredLogin: Login);

        var result = await CliRunner.RunAsync(Path.GetTempPath(), null, CliEnvironment(smtp.Port, "Development"), "notify", "test");

        Assert.True(result.ExitCode == 0, result.StandardError);
        Assert.Single(smtp.Messages);
        Assert.DoesNotContain(Login.Password, result.StandardOutput + result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_production_user_secrets_are_not_read_and_the_server_refuses_the_unsigned_message()
    {
        await using var smtp = await TestSmtpServer.StartNewAsync(requiredLogin: Login);

        var result = await CliRunner.RunAsync(Path.GetTempPath(), null, CliEnvironment(smtp.Port, "Production"), "notify", "test");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("did not accept the message", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("wants a sign-in", result.StandardError, StringComparison.Ordinal);
        Assert.Single(result.StandardError.Trim().Split('\n'));
        Assert.Empty(smtp.Messages);
    }

    [Fact]
    public async Task In_development_the_site_signs_in_with_the_password_from_user_secrets_to_send_an_alert()
    {
        await using var smtp = await TestSmtpServer.StartNewAsync(requiredLogin: Login);
        var environment = SiteEnvironment.For(_data, "Development");
        foreach (var (key, value) in CliEnvironment(smtp.Port, "Development"))
        {
            environment[key] = value;
        }

        await using var site = await SiteProcess.StartAsync(environment, Path.GetTempPath(), TimeSpan.FromSeconds(90), TestContext.Current.CancellationToken);
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true };
        using var client = new HttpClient(handler) { BaseAddress = site.BaseAddress };
        using var response = await (await LoadAsync(client)).FillValid("Signed In Alert").PostAsync();
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);

        var received = Assert.Single(await smtp.WaitForMessagesAsync(1, TimeSpan.FromSeconds(30)));
        Assert.Contains("Subject: New contact request", received.Text, StringComparison.Ordinal);
    }

    /// <summary>The alert settings without the sign-in (that is in the secrets file), in <paramref name="environmentName"/>.</summary>
    private Dictionary<string, string> CliEnvironment(int port, string environmentName)
    {
        var environment = AlertSettings.For(port).ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value, StringComparer.Ordinal);
        environment["HOME"] = _home.FullName;
        environment["ASPNETCORE_ENVIRONMENT"] = environmentName;
        environment["DOTNET_ENVIRONMENT"] = environmentName;
        return environment;
    }
}
