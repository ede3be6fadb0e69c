using Microsoft.AspNetCore.DataProtection;

namespace AttachmentGuide.Web.Data;

/// <summary>Encrypts the personal fields of an inquiry before they reach the database, and decrypts them for staff.</summary>
public sealed class PersonalFieldProtector(IDataProtectionProvider provider)
{
    // The purpose string isolates these values from every other use of the key ring (cookies, antiforgery).
    private readonly IDataProtector _protector = provider.CreateProtector("AttachmentGuide.Inquiries.PersonalFields.v1");

    public string? Protect(string? plain) => plain is null ? null : _protector.Protect(plain);

    public string? Unprotect(string? cipher) => cipher is null ? null : _protector.Unprotect(cipher);
}
