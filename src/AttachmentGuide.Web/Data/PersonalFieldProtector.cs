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

    private readonly IDataProtector? _protector;

    public PersonalFieldProtector(IDataProtectionProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        var protector = provider.CreateProtector(Purpose);
        _protector = protector;
        // Non-generic, so it can be put on string? properties without a nullable warning; nulls stay null
        // because EF Core never passes them to a converter.
        Converter = new ValueConverter<string, string>(plain => protector.Protect(plain), cipher => Reveal(protector, cipher));
    }

    private PersonalFieldProtector(ValueConverter converter) => Converter = converter;

    /// <summary>
    /// Shown in place of a value whose key is missing, so one unreadable row cannot take the inbox or the export
    /// down with it (start-up refuses a key ring that reads none of them; see SqliteDatabaseStartup).
    /// </summary>
    public const string Unreadable = "cannot be read (key missing)";

    /// <summary>The converter for every personal column.</summary>
    public ValueConverter Converter { get; }

    /// <summary>
    /// For moving rows from one database to another as they are stored (<c>migrate-store</c>): the personal columns
    /// pass through untouched, so each value keeps the key that encrypted it, and a value whose key is missing is
    /// moved as it is instead of being replaced by <see cref="Unreadable"/>.
    /// </summary>
    public static PersonalFieldProtector CarryingCiphertext() =>
        new(new ValueConverter<string, string>(stored => stored, stored => stored));

    public string? Protect(string? plain) => plain is null ? null : Protector.Protect(plain);

    public string? Unprotect(string? cipher) => cipher is null ? null : Protector.Unprotect(cipher);

    private IDataProtector Protector => _protector ?? throw new InvalidOperationException("This protector carries ciphertext only.");

    private static string Reveal(IDataProtector protector, string cipher)
    {
        try
        {
            return protector.Unprotect(cipher);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return Unreadable;
        }
    }
}
