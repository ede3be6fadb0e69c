using AttachmentGuide.Web.Content;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AttachmentGuide.Web.Health;

/// <summary>Ready once the first load of the content folder has finished; readers are held until then.</summary>
public sealed class ContentLoadedCheck(SiteContent content) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(content.FirstLoad.IsCompletedSuccessfully
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy(content.FirstLoad.IsFaulted ? "content failed to load" : "content still loading"));
}
