namespace AttachmentGuide.Content.Yaml;

/// <summary>Finds the known key an unknown one was probably meant to be (<c>titel</c> → <c>title</c>).</summary>
public static class KeySuggester
{
    /// <summary>The closest known key within two edits, or null.</summary>
    public static string? Suggest(string unknown, IEnumerable<string> known)
    {
        ArgumentNullException.ThrowIfNull(unknown);
        ArgumentNullException.ThrowIfNull(known);
        string? best = null;
        var bestDistance = 3;
        foreach (var candidate in known)
        {
            var distance = Distance(unknown.ToLowerInvariant().Replace('-', '_'), candidate);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
