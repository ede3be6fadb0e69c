namespace AttachmentGuide.Web.Data;

/// <summary>Provider-specific housekeeping that the stores ask for without knowing the provider.</summary>
public interface IDatabaseMaintenance
{
    /// <summary>Called after rows were erased, so no copy of them lingers in files the provider keeps beside the database.</summary>
    Task AfterErasureAsync(CancellationToken cancellationToken);
}
