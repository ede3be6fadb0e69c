using System.Linq.Expressions;
using AttachmentGuide.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace AttachmentGuide.Web.Editing;

/// <summary>Reads and adds to the content history (<see cref="ContentVersion"/>), newest first.</summary>
public sealed class ContentHistory(SiteDbContext db, IDatabaseWriteGate gate, TimeProvider time)
{
    /// <summary>A version's facts without its text, for lists that would otherwise read every full file.</summary>
    private static readonly Expression<Func<ContentVersion, ContentVersion>> WithoutText = v => new ContentVersion
    {
        Id = v.Id, Kind = v.Kind, Slug = v.Slug, RelativePath = v.RelativePath, Text = string.Empty,
        Hash = v.Hash, SavedAt = v.SavedAt, SavedBy = v.SavedBy, Change = v.Change,
    };

    /// <summary>Every version of the file at <paramref name="relativePath"/>, newest first, without their texts.</summary>
    public async Task<IReadOnlyList<ContentVersion>> ListAsync(string relativePath, CancellationToken cancellationToken) =>
        await db.ContentVersions.AsNoTracking()
            .Where(v => v.RelativePath == relativePath)
            .OrderByDescending(v => v.Id)
            .Select(WithoutText)
            .ToListAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Files deleted in the browser and not written again since, newest first (each file's last deletion).</summary>
    public async Task<IReadOnlyList<ContentVersion>> DeletedAsync(CancellationToken cancellationToken) =>
        await db.ContentVersions.AsNoTracking()
            .Where(v => v.Change == ContentChange.Deleted && !db.ContentVersions.Any(later => later.RelativePath == v.RelativePath && later.Id > v.Id))
            .OrderByDescending(v => v.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>One version with its full text, or null.</summary>
    public Task<ContentVersion?> FindAsync(long id, CancellationToken cancellationToken) =>
        db.ContentVersions.AsNoTracking().FirstOrDefaultAsync(v => v.Id == id, cancellationToken);

    /// <summary>The newest version of the file at <paramref name="relativePath"/>, or null.</summary>
    public Task<ContentVersion?> LatestAsync(string relativePath, CancellationToken cancellationToken) =>
        db.ContentVersions.AsNoTracking().Where(v => v.RelativePath == relativePath).OrderByDescending(v => v.Id)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>The newest version per file (texts left out), for the content list's "last edited by".</summary>
    public async Task<IReadOnlyDictionary<string, ContentVersion>> LatestPerFileAsync(CancellationToken cancellationToken)
    {
        var ids = await db.ContentVersions.AsNoTracking().GroupBy(v => v.RelativePath).Select(g => g.Max(v => v.Id))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var versions = await db.ContentVersions.AsNoTracking().Where(v => ids.Contains(v.Id))
            .Select(WithoutText)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return versions.ToDictionary(v => v.RelativePath, StringComparer.Ordinal);
    }

    public async Task<long> AddAsync(ContentFilePath path, string text, string hash, string actor, string change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        var version = new ContentVersion
        {
            Kind = path.Kind, Slug = path.FileSlug, RelativePath = path.Relative, Text = text, Hash = hash,
            SavedAt = time.GetUtcNow().UtcDateTime, SavedBy = actor, Change = change,
        };
        using (await gate.EnterAsync(cancellationToken).ConfigureAwait(false))
        {
            db.ContentVersions.Add(version);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            db.ChangeTracker.Clear();
        }

        return version.Id;
    }

    /// <summary>
    /// Moves every version of a renamed file to its new path, so its history follows it; each version keeps the
    /// <see cref="ContentVersion.Slug"/> it was saved under, which is how a page tells the earlier names.
    /// </summary>
    public async Task MoveAsync(string fromRelativePath, string toRelativePath, CancellationToken cancellationToken)
    {
        using (await gate.EnterAsync(cancellationToken).ConfigureAwait(false))
        {
            await db.ContentVersions.Where(v => v.RelativePath == fromRelativePath)
                .ExecuteUpdateAsync(s => s.SetProperty(v => v.RelativePath, toRelativePath), cancellationToken).ConfigureAwait(false);
        }
    }
}
