using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace AttachmentGuide.Web.Data;

/// <summary>
/// EF Core builds a model once per cache key and keeps it for the whole process. The model holds the
/// personal-field converter, and with it one key ring: keyed on the protector, each host (tests run
/// several, each with its own keys, in one process) gets a model that encrypts with its own keys.
/// </summary>
public sealed class ProtectorModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context is SiteDbContext site
            ? (context.GetType(), site.Protector, designTime)
            : (context.GetType(), designTime);
    }
}
