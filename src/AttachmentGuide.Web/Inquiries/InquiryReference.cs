using System.Security.Cryptography;

namespace AttachmentGuide.Web.Inquiries;

/// <summary>Short references people can read aloud: no 0/O, 1/I/L or U, grouped in fours.</summary>
public static class InquiryReference
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string Create()
    {
        Span<char> chars = stackalloc char[9];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = i == 4 ? '-' : Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return new string(chars);
    }

    public static bool IsWellFormed(string? reference) =>
        reference is { Length: 9 } && reference[4] == '-'
        && reference.Where((c, i) => i != 4).All(c => Alphabet.Contains(c, StringComparison.Ordinal));
}
