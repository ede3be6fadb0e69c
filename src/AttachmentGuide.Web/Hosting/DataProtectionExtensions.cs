using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.DataProtection;

namespace AttachmentGuide.Web.Hosting;

public sealed class DataProtectionSettings
{
    public const string SectionName = "DataProtection";

    /// <summary>Where the keys are kept; relative paths are from the working directory.</summary>
    [Required]
    public string KeysPath { get; set; } = "data/keys";
}

public static class DataProtectionExtensions
{
    /// <summary>
    /// Keys persisted to disk (a restart must not turn open forms into 400s) under a fixed application
    /// name (moving the app folder must not make protected data unreadable).
    /// </summary>
    public static WebApplicationBuilder AddSiteDataProtection(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<DataProtectionSettings>()
            .Bind(builder.Configuration.GetSection(DataProtectionSettings.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        var keysPath = Path.GetFullPath(builder.Configuration[$"{DataProtectionSettings.SectionName}:KeysPath"] ?? new DataProtectionSettings().KeysPath);
        Directory.CreateDirectory(keysPath);
        builder.Services.AddDataProtection()
            .SetApplicationName("AttachmentGuide")
            .PersistKeysToFileSystem(new DirectoryInfo(keysPath));
        return builder;
    }
}
