using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace CxReviewBot.Protocol.Auth;

/// <summary>One fetched snapshot of the Bot Framework signing keys, indexed by <c>kid</c>.</summary>
internal sealed record OpenIdKeySet(string Issuer, IReadOnlyDictionary<string, SigningKeyEntry> Keys, DateTimeOffset FetchedAt)
{
    /// <summary>
    /// Reads the raw JWKS ourselves because IdentityModel's key-set types drop the Bot Framework-specific
    /// <c>endorsements</c> array that the channel check needs.
    /// </summary>
    public static OpenIdKeySet Parse(string issuer, string jwksJson, DateTimeOffset fetchedAt)
    {
        using var document = JsonDocument.Parse(jwksJson);
        var keys = new Dictionary<string, SigningKeyEntry>(StringComparer.Ordinal);
        if (!document.RootElement.TryGetProperty("keys", out var array) || array.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException("JWKS document has no 'keys' array.");
        }

        foreach (var element in array.EnumerateArray())
        {
            var kid = GetString(element, "kid");
            var use = GetString(element, "use");
            if (kid is null || GetString(element, "kty") != JsonWebAlgorithmsKeyTypes.RSA || (use is not null && use != "sig"))
            {
                continue;
            }

            var endorsements = new HashSet<string>(StringComparer.Ordinal);
            if (element.TryGetProperty("endorsements", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                endorsements.UnionWith(list.EnumerateArray()
                    .Where(e => e.ValueKind == JsonValueKind.String)
                    .Select(e => e.GetString()!));
            }

            keys[kid] = new SigningKeyEntry(new JsonWebKey(element.GetRawText()), endorsements);
        }

        return new OpenIdKeySet(issuer, keys, fetchedAt);
    }

    private static string? GetString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
