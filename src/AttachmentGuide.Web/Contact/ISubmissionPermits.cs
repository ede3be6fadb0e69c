namespace AttachmentGuide.Web.Contact;

/// <summary>
/// How many accepted submissions a client address has left (<see cref="ContactRateLimitOptions"/>): counted in
/// memory by one instance (<see cref="SubmissionRateLimiter"/>), or in the shared database by every instance
/// (<see cref="SharedSubmissionPermits"/>).
/// </summary>
public interface ISubmissionPermits
{
    /// <summary>Whether <paramref name="clientKey"/> has a permit left, without taking it.</summary>
    Task<bool> HasPermitAsync(string clientKey, CancellationToken cancellationToken);

    /// <summary>Takes one permit once the inquiry is saved; false when the limit was reached meanwhile.</summary>
    Task<bool> TryTakeAsync(string clientKey, CancellationToken cancellationToken);
}
