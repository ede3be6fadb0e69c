using AttachmentGuide.Web.Data;
using AttachmentGuide.Web.Staff;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AttachmentGuide.Web.Tests.Infrastructure;

/// <summary>
/// The staff accounts in a database file, through the same Identity settings the site and the <c>staff</c>
/// commands use, without starting either: for setting up and checking what a command did.
/// </summary>
public sealed class StaffDatabase : IAsyncDisposable
{
    private readonly ServiceProvider _provider;
    private readonly AsyncServiceScope _scope;

    private StaffDatabase(ServiceProvider provider)
    {
        _provider = provider;
        _scope = provider.CreateAsyncScope();
    }

    public UserManager<StaffUser> Users => _scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();

    public static Task<StaffDatabase> OpenAsync(string databasePath) =>
        OpenAsync(new Dictionary<string, string> { ["ConnectionStrings:Inquiries"] = $"Data Source={databasePath}" });

    /// <summary>The database <paramref name="settings"/> name (<c>Database:Provider</c>, the connection string), migrated.</summary>
    public static async Task<StaffDatabase> OpenAsync(IReadOnlyDictionary<string, string> settings)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        services.AddSiteDatabase(configuration);
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        services.AddStaffIdentityCore();
        var database = new StaffDatabase(services.BuildServiceProvider());
        await database._scope.ServiceProvider.GetRequiredService<SiteDbContext>().Database.MigrateAsync(TestContext.Current.CancellationToken);
        return database;
    }

    public Task AddAsync(string email, string password = StaffTestData.Password) => StaffTestData.CreateStaffAsync(Users, email, password);

    /// <summary>An account with exactly these roles.</summary>
    public Task AddWithRolesAsync(string email, params string[] roles) => StaffTestData.CreateStaffAsync(Users, email, StaffTestData.Password, roles);

    public async Task<List<string>> RolesOfAsync(string email) =>
        StaffRoles.Ordered(await Users.GetRolesAsync((await Users.FindByEmailAsync(email))!));

    /// <summary>The audit entries' action and detail, oldest first.</summary>
    public async Task<List<(string Actor, string Action, string? Detail)>> AuditAsync() =>
        (await _scope.ServiceProvider.GetRequiredService<SiteDbContext>().AuditEntries.AsNoTracking().OrderBy(a => a.Id).ToListAsync(TestContext.Current.CancellationToken))
            .Select(a => (a.Actor, a.Action, a.Detail)).ToList();

    public async Task<List<string>> EmailsAsync() =>
        await Users.Users.Select(u => u.Email!).OrderBy(e => e).ToListAsync(TestContext.Current.CancellationToken);

    public async Task<bool> PasswordWorksAsync(string email, string password)
    {
        var user = await Users.FindByEmailAsync(email);
        Assert.NotNull(user);
        return await Users.CheckPasswordAsync(user, password);
    }

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _provider.DisposeAsync();
    }
}
