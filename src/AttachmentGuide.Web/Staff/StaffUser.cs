using Microsoft.AspNetCore.Identity;

namespace AttachmentGuide.Web.Staff;

/// <summary>A clinic staff account. Created only from the command line; there is no self-registration.</summary>
public sealed class StaffUser : IdentityUser
{
}
