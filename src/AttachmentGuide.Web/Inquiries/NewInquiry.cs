namespace AttachmentGuide.Web.Inquiries;

/// <summary>A validated, cleaned contact request ready to be stored, with the token of the form that sent it.</summary>
public sealed record NewInquiry(Guid SubmissionToken, InquiryContent Content);
