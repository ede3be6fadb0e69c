using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Npgsql;

namespace AttachmentGuide.Web.Data.Postgres.RateLimits;

/// <summary>
/// Turns a rate-limit key (it holds a client's address) into an HMAC-SHA256 under a secret all instances share. The
/// secret is made once, by whichever instance comes first, and kept in the database encrypted with the shared key
/// ring: a copy of the counts table alone cannot be matched against addresses (an IPv4 address is only 2^32 guesses
/// away from a plain hash).
/// </summary>
internal sealed class RateKeyHasher(NpgsqlDataSource database, IDataProtectionProvider protection) : IDisposable
{
    private const string Purpose = "AttachmentGuide.RateLimits.KeySecret.v1";
    private readonly SemaphoreSlim _loading = new(1, 1);
    private byte[]? _secret;

    public async Task<string> HashAsync(string key, CancellationToken cancellationToken)
    {
        var secret = _secret ?? await LoadAsync(cancellationToken);
        return Convert.ToHexStringLower(HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(key)));
    }

    public void Dispose() => _loading.Dispose();

    private async Task<byte[]> LoadAsync(CancellationToken cancellationToken)
    {
        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_secret is { } loaded)
            {
                return loaded;
            }

            var protector = protection.CreateProtector(Purpose);
            await using (var offer = database.CreateCommand(
                "INSERT INTO \"RateKeySecrets\" (\"Id\", \"ProtectedKey\") VALUES (1, $1) ON CONFLICT (\"Id\") DO NOTHING"))
            {
                offer.Parameters.AddWithValue(protector.Protect(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))));
                await offer.ExecuteNonQueryAsync(cancellationToken);
            }

            // Whoever's insert won, every instance reads the same row.
            await using var read = database.CreateCommand("SELECT \"ProtectedKey\" FROM \"RateKeySecrets\" WHERE \"Id\" = 1");
            var stored = (string?)await read.ExecuteScalarAsync(cancellationToken)
                ?? throw new InvalidOperationException("The rate-limit key secret could not be read back.");
            _secret = Convert.FromBase64String(protector.Unprotect(stored));
            return _secret;
        }
        finally
        {
            _loading.Release();
        }
    }
}
