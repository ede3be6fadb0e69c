namespace AttachmentGuide.Web.Inquiries;

/// <summary>Reads a status from a query or form value: only the names, never numbers such as "7".</summary>
public static class InquiryStatuses
{
    public static InquiryStatus? Parse(string? value) =>
        Enum.GetValues<InquiryStatus>().Cast<InquiryStatus?>()
            .FirstOrDefault(s => string.Equals(s.ToString(), value?.Trim(), StringComparison.OrdinalIgnoreCase));
}
