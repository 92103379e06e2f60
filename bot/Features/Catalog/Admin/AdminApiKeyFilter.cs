using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace CxReviewBot.Features.Catalog.Admin;

/// <summary>
/// Guards the admin API with <c>X-Api-Key</c>. Without a configured key the API answers 404 (never open); a wrong
/// or missing key gets 401. Keys are compared in constant time so response timing leaks nothing.
/// </summary>
internal sealed class AdminApiKeyFilter(IOptions<AdminOptions> options, ILogger<AdminApiKeyFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var configured = options.Value.ApiKey;
        if (string.IsNullOrEmpty(configured))
        {
            return Results.NotFound();
        }
        var presented = context.HttpContext.Request.Headers[AdminOptions.ApiKeyHeader].ToString();
        if (!CryptographicOperations.FixedTimeEquals(Hash(presented), Hash(configured)))
        {
            CatalogLog.AdminKeyRejected(logger, context.HttpContext.Request.Path);
            return Results.Unauthorized();
        }
        return await next(context);
    }

    // Hashing first makes the comparison constant-time even when the lengths differ.
    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
