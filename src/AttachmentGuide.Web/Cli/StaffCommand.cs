using AttachmentGuide.Web.Data;
using AttachmentGuide.Web.Staff;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AttachmentGuide.Web.Cli;

/// <summary>
/// <c>staff add|list|remove|reset-password</c>: manages staff accounts without starting the web server.
/// Needs only the database settings (<c>ConnectionStrings__Inquiries</c>), never the content folder.
/// </summary>
public static class StaffCommand
{
    public const string Name = "staff";

    private const string Usage = """
        Usage:
          staff add EMAIL [--password-stdin]             create an account (password typed, or one line on standard input)
          staff list                                      list accounts
          staff remove EMAIL                              delete an account
          staff reset-password EMAIL [--password-stdin]   set a new password and end the account's sessions
        """;

    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var passwordFromStdin = args.Contains("--password-stdin", StringComparer.Ordinal);
        var positional = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
        if (positional is not ([("add" or "remove" or "reset-password"), _] or ["list"]))
        {
            error.WriteLine(Usage);
            return 2;
        }

        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddSiteDatabase(configuration);
        // Reset tokens are created and used within this one process, so an in-memory key ring is enough
        // and no key folder is created beside the database.
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        services.AddStaffIdentityCore().AddDefaultTokenProviders();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SiteDbContext>();
        // Say which database is used: a wrong working directory would otherwise quietly use an empty one.
        var databasePath = db.Database.GetDbConnection().DataSource;
        error.WriteLine($"Database: {databasePath}");
        if (Path.IsPathFullyQualified(databasePath) && !File.Exists(databasePath))
        {
            if (positional[0] != "add")
            {
                return Fail(error, $"there is no database at {databasePath}. Run this from the folder the site is started from, or set ConnectionStrings__Inquiries to the site's database");
            }

            error.WriteLine($"Note: there is no database at {databasePath} yet, so it is created now. If the site is started from another folder or with ConnectionStrings__Inquiries set, run this command there or with that setting instead.");
        }

        await db.Database.MigrateAsync();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();

        return positional[0] switch
        {
            "list" => await ListAsync(users, output),
            "add" => await AddAsync(users, positional[1], ReadPassword(passwordFromStdin, input, output, error), output, error),
            "remove" => await RemoveAsync(users, positional[1], output, error),
            _ => await ResetAsync(users, positional[1], ReadPassword(passwordFromStdin, input, output, error), output, error),
        };
    }

    private static async Task<int> ListAsync(UserManager<StaffUser> users, TextWriter output)
    {
        var accounts = await users.Users.OrderBy(u => u.Email).ToListAsync();
        foreach (var user in accounts)
        {
            var flags = new List<string>();
            if (user.TwoFactorEnabled)
            {
                flags.Add("two-step sign-in");
            }

            if (user.LockoutEnd > DateTimeOffset.UtcNow)
            {
                flags.Add("locked until " + user.LockoutEnd.Value.ToString("u", System.Globalization.CultureInfo.InvariantCulture));
            }

            output.WriteLine(flags.Count == 0 ? user.Email : $"{user.Email} ({string.Join(", ", flags)})");
        }

        output.WriteLine(accounts.Count == 1 ? "1 staff account" : $"{accounts.Count} staff accounts");
        return 0;
    }

    private static async Task<int> AddAsync(UserManager<StaffUser> users, string email, string? password, TextWriter output, TextWriter error)
    {
        if (password is null)
        {
            return Fail(error, "no password given");
        }

        if (await users.FindByEmailAsync(email) is not null)
        {
            return Fail(error, $"an account for {email} already exists (use 'staff reset-password {email}' to change its password)");
        }

        var user = new StaffUser { UserName = email, Email = email, EmailConfirmed = true, LockoutEnabled = true };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            return Fail(error, string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        output.WriteLine($"Created staff account {email}");
        return 0;
    }

    private static async Task<int> RemoveAsync(UserManager<StaffUser> users, string email, TextWriter output, TextWriter error)
    {
        if (await users.FindByEmailAsync(email) is not { } user)
        {
            return Fail(error, $"no account for {email}");
        }

        var removed = await users.DeleteAsync(user);
        if (!removed.Succeeded)
        {
            return Fail(error, string.Join(" ", removed.Errors.Select(e => e.Description)));
        }

        output.WriteLine($"Removed staff account {email}");
        return 0;
    }

    private static async Task<int> ResetAsync(UserManager<StaffUser> users, string email, string? password, TextWriter output, TextWriter error)
    {
        if (password is null)
        {
            return Fail(error, "no password given");
        }

        if (await users.FindByEmailAsync(email) is not { } user)
        {
            return Fail(error, $"no account for {email}");
        }

        // One save: validation, the new hash, a new security stamp (ending every session) and no lockout.
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, password);
        if (!result.Succeeded)
        {
            return Fail(error, string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        output.WriteLine($"Password reset for {email}; its sessions have ended");
        return 0;
    }

    private static string? ReadPassword(bool fromStdin, TextReader input, TextWriter output, TextWriter error)
    {
        if (fromStdin)
        {
            return PasswordReader.ReadLine(input);
        }

        if (Console.IsInputRedirected)
        {
            error.WriteLine("staff: standard input is not a terminal; pass --password-stdin to read the password from it");
            return null;
        }

        var password = PasswordReader.ReadHidden("Password (12 to 128 characters): ", output);
        var again = PasswordReader.ReadHidden("Same password again: ", output);
        if (password == again)
        {
            return password;
        }

        error.WriteLine("staff: the two passwords were not the same");
        return null;
    }

    private static int Fail(TextWriter error, string message)
    {
        error.WriteLine($"staff: {message}");
        return 1;
    }
}
