namespace AttachmentGuide.Web.Staff;

/// <summary>How many checked sign-in tries failed under one key (<see cref="SignInThrottle"/>), and when the last one did.</summary>
public sealed record SignInFailures(int Count, DateTimeOffset Last);
