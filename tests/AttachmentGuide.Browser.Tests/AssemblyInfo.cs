using AttachmentGuide.Browser.Tests.Infrastructure;

// One site process and one Chromium for the whole run; each test gets its own browser context.
[assembly: AssemblyFixture(typeof(BrowserSite))]
