using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AttachmentGuide.Web.Data;

/// <summary>
/// Encrypts the personal fields of an inquiry on their way into the database and decrypts them on the
/// way out, as the model's value converter: no store or page handles ciphertext.
/// </summary>
public sealed class PersonalFieldProtector
{
    // The purpose string isolates these values from every other use of the key ring (cookies, antiforgery).
    // Changing it would make every stored inquiry unreadable.
    private const string Purpose = "AttachmentGuide.Inquiries.PersonalFields.v1";

    private readonly IDataProtector _protector;

    public PersonalFieldProtector(IDataProtectionProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        _protector = provider.CreateProtector(Purpose);
        // Non-generic, so it can be put on string? properties without a nullable warning; nulls stay null
        // because EF Core never passes them to a converter.
        Converter = new ValueConverter<string, string>(plain => _protector.Protect(plain), cipher => Reveal(cipher));
    }

    /// <summary>
    /// Shown in place of a value whose key is missing, so one unreadable row cannot take the inbox or the export
    /// down with it (start-up refuses a key ring that reads none of them; see SqliteDatabaseStartup).
    /// </summary>
    public const string Unreadable = "cannot be read (key missing)";

    /// <summary>The converter for every personal column.</summary>
    public ValueConverter Converter { get; }

    public string? Protect(string? plain) => plain is null ? null : _protector.Protect(plain);

    public string? Unprotect(string? cipher) => cipher is null ? null : _protector.Unprotect(cipher);

    private string Reveal(string cipher)
    {
        try
        {
            return _protector.Unprotect(cipher);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return Unreadable;
        }
    }
}
