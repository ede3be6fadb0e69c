using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AttachmentGuide.Web.Health;

/// <summary>
/// The key ring protects and unprotects a probe, and its folder still holds a usable key. The ring is cached in
/// memory, so the round trip alone would stay green for a day after the keys on disk were lost; the key manager
/// reads the folder again on every call.
/// </summary>
public sealed class KeyRingCheck(IDataProtectionProvider provider, IKeyManager keys) : IHealthCheck
{
    private const string Purpose = "AttachmentGuide.Health.Probe";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var protector = provider.CreateProtector(Purpose);
            if (protector.Unprotect(protector.Protect("probe")) != "probe")
            {
                return Task.FromResult(HealthCheckResult.Unhealthy("the key ring does not round-trip"));
            }

            // Not revoked is enough: the key ring makes its next key itself, before this one expires.
            var usable = keys.GetAllKeys().Any(key => !key.IsRevoked);
            return Task.FromResult(usable ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("the key folder holds no usable key"));
        }
        catch (Exception exception) when (exception is CryptographicException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("the key ring cannot be read"));
        }
    }
}
