namespace AttachmentGuide.Web.Data;

/// <summary>The readiness check's proof that the database takes writes now, in the way each engine needs it proved.</summary>
public interface IDatabaseWriteProbe
{
    /// <summary>Writes something harmless; throws <see cref="System.Data.Common.DbException"/> when the database refuses.</summary>
    Task WriteAsync(CancellationToken cancellationToken);
}
