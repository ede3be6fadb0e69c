namespace AttachmentGuide.Web.Staff;

/// <summary>
/// One try at a sign-in step, as <see cref="SignInThrottle"/> sees it: the account as typed (or the code step's
/// key), the client's address (<see cref="SignInAddress"/>) and, when the browser proved an earlier sign-in to this
/// account, its known-device id (<see cref="KnownDevices"/>).
/// </summary>
public sealed record SignInAttempt(string Account, string Address, string? KnownDevice);
