namespace AttachmentGuide.Web.Data.Moving;

/// <summary>A reason <c>migrate-store</c> stops before it has written anything, in words for whoever runs it.</summary>
public sealed class StoreMoveException(string message) : Exception(message);
