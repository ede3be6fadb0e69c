using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.DataProtection;

namespace AttachmentGuide.Web.Hosting;

public sealed class DataProtectionSettings
{
    public const string SectionName = "DataProtection";

    /// <summary>Where the keys are kept; relative paths are from the working directory.</summary>
    [Required]
    public string KeysPath { get; set; } = "data/keys";

    /// <summary>Optional PEM certificate whose key encrypts the key ring on disk (see <see cref="KeyRingCertificate"/>).</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The PEM private key of <see cref="CertificatePath"/>, kept apart from the keys and the database.</summary>
    public string? CertificateKeyPath { get; set; }
}

public static class DataProtectionExtensions
{
    /// <summary>
    /// Keys persisted to disk (a restart must not turn open forms into 400s) under a fixed application
    /// name (moving the app folder must not make protected data unreadable), encrypted with a certificate
    /// when one is configured.
    /// </summary>
    public static WebApplicationBuilder AddSiteDataProtection(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddValidatedOptions<DataProtectionSettings>(builder.Configuration, DataProtectionSettings.SectionName);
        var settings = builder.Configuration.GetSection(DataProtectionSettings.SectionName).Get<DataProtectionSettings>() ?? new DataProtectionSettings();
        var keysPath = Path.GetFullPath(settings.KeysPath);
        try
        {
            Data.PrivateFiles.CreateFolder(keysPath);
        }
        catch (Exception exception) when (exception is UnauthorizedAccessException or IOException)
        {
            // Reported with the path and the permission needed by the database start-up check (DataFolderAccess),
            // which runs before the site listens and is printed as one line instead of a stack trace.
        }
        var dataProtection = builder.Services.AddDataProtection().SetApplicationName("AttachmentGuide");
        if (Data.DatabaseOptions.IsPostgres(builder.Configuration))
        {
            // Shared by every instance on the database (KeyRingDbContext is registered with the database).
            dataProtection.PersistKeysToDbContext<Data.Postgres.KeyRingDbContext>();
        }
        else
        {
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(keysPath));
        }

        if (KeyRingCertificate.Load(settings) is { } certificate)
        {
            // Also registers the certificate for decryption, so it need not be in a certificate store.
            dataProtection.ProtectKeysWithCertificate(certificate);
        }

        return builder;
    }
}
