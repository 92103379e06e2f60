using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace CxReviewBot.TestKit;

/// <summary>An in-memory RSA key of <see cref="FakeBotFrameworkIdentity"/>; null endorsements = no <c>endorsements</c> property.</summary>
public sealed class FakeSigningKey : IDisposable
{
    private readonly RSA _rsa = RSA.Create(2048);

    public FakeSigningKey(string kid, IReadOnlyList<string>? endorsements)
    {
        Kid = kid;
        Endorsements = endorsements;
    }

    public string Kid { get; }

    public IReadOnlyList<string>? Endorsements { get; }

    public RsaSecurityKey SecurityKey(string? kidOverride = null) => new(_rsa) { KeyId = kidOverride ?? Kid };

    /// <summary>The public key as PEM text: what an attacker would use as an HS256 secret.</summary>
    public byte[] PublicKeyPemBytes() => System.Text.Encoding.ASCII.GetBytes(_rsa.ExportSubjectPublicKeyInfoPem());

    public Dictionary<string, object> ToJwk()
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = Kid,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (Endorsements is not null)
        {
            jwk["endorsements"] = Endorsements;
        }
        return jwk;
    }

    public void Dispose() => _rsa.Dispose();
}
