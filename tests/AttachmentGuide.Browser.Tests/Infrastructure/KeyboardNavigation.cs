using Microsoft.Playwright;

namespace AttachmentGuide.Browser.Tests.Infrastructure;

/// <summary>Moving through a page as a keyboard-only user does.</summary>
public static class KeyboardNavigation
{
    /// <summary>
    /// Presses Tab until the focused element matches <paramref name="selector"/>. Every element focused on the
    /// way must be fully clear of the sticky header (WCAG 2.2, 2.4.11 and 2.4.12), as a keyboard user sees it.
    /// </summary>
    public static async Task TabToAsync(IPage page, string selector, int maxPresses = 120)
    {
        var visited = new List<string>();
        for (var i = 0; i < maxPresses; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focus = await page.EvaluateAsync<FocusState>(
                """
                (selector) => {
                  const el = document.activeElement;
                  const header = document.querySelector('.site-header');
                  const r = el.getBoundingClientRect();
                  const headerBottom = header ? header.getBoundingClientRect().bottom : 0;
                  const inHeader = !!(header && header.contains(el));
                  // Obscured: the header, not the element, is what shows at a corner or the middle of its box.
                  const points = [[r.left + 2, r.top + 2], [r.right - 2, r.top + 2], [(r.left + r.right) / 2, (r.top + r.bottom) / 2]];
                  const obscured = !inHeader && !!header && r.width > 0 && points.some(([x, y]) => {
                    const hit = document.elementFromPoint(x, y);
                    return !!hit && header.contains(hit);
                  });
                  const label = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                    + (el.getAttribute('href') ? '[href=' + el.getAttribute('href') + ']' : '')
                    + ' "' + (el.innerText || el.value || '').trim().slice(0, 40) + '"';
                  return { matches: el.matches(selector), label, top: r.top, headerBottom, obscured };
                }
                """,
                selector);
            visited.Add(focus.Label);
            Assert.False(
                focus.Obscured,
                $"The focused {focus.Label} (top {focus.Top:0.#}) is hidden under the sticky header (bottom {focus.HeaderBottom:0.#}).");

            if (focus.Matches)
            {
                return;
            }
        }

        Assert.Fail($"Tab never reached {selector} in {maxPresses} presses. Focus went to:\n" + string.Join('\n', visited));
    }

    /// <summary>The result shape of the focus probe above.</summary>
    public sealed class FocusState
    {
        public bool Matches { get; set; }

        public string Label { get; set; } = "";

        public double Top { get; set; }

        public double HeaderBottom { get; set; }

        public bool Obscured { get; set; }
    }
}
