using Microsoft.IdentityModel.Tokens;

namespace CxReviewBot.Protocol.Auth;

/// <summary>A published signing key and the channel ids (<c>endorsements</c>) it may sign for.</summary>
internal sealed record SigningKeyEntry(SecurityKey Key, IReadOnlySet<string> Endorsements);
