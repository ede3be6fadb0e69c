using AttachmentGuide.Web.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AttachmentGuide.Web.Data.Configuration;

/// <summary>
/// The three staff roles as rows of AspNetRoles, made by the migration that introduced them. Fixed ids and stamps:
/// seed data that changed on every build would put a change in every later migration.
/// </summary>
public sealed class StaffRoleConfiguration : IEntityTypeConfiguration<IdentityRole>
{
    public const string InboxRoleId = "6f1c3a52-0d5e-4b7a-9c1e-2a4b6d8e0f11";
    public const string EditorRoleId = "7a2d4b63-1e6f-4c8b-8d2f-3b5c7e9f1a22";
    public const string AdminRoleId = "8b3e5c74-2f70-4d9c-9e30-4c6d8f0a2b33";

    public void Configure(EntityTypeBuilder<IdentityRole> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.HasData(
            Role(InboxRoleId, StaffRoles.Inbox),
            Role(EditorRoleId, StaffRoles.Editor),
            Role(AdminRoleId, StaffRoles.Admin));
    }

    private static IdentityRole Role(string id, string name) =>
        new() { Id = id, Name = name, NormalizedName = name.ToUpperInvariant(), ConcurrencyStamp = id };
}
