using CxReviewBot.Protocol.Auth;

namespace CxReviewBot.UnitTests.Auth;

public sealed class OpenIdKeySetTests
{
    private const string Jwks = """
        {"keys":[
          {"kty":"RSA","use":"sig","kid":"a","n":"sXchDaQebHnPiGvyDOAT4saGEUetSyo9MKLOoWFsueri23bOdgWp4Dy1WlUzewbgBHod5pcM9H95GQRV3JDXboIRROSBigeC5yjU1hGzHHyXss8UDprecbAYxknTcQkhslANGRUZmdTOQ5qTRsLAt6BTYuyvVRdhS8exSZEy_c4gs_7svlJJQ4H9_NxsiIoLwAEk7-Q3UXERGYw_75IDrGA84-lA_-Ct4eTlXHBIY2EaV7t7LjJaynVJCpkv4LKjTTAumiGUIuQhrNhZLuF_RJLqHpM2kgWFLU7-VTdL1VbC2tejvcI2BlMkEpk1BzBZI0KQB0GaDWFLN-aEAw3vRw","e":"AQAB","endorsements":["msteams","skype"]},
          {"kty":"RSA","kid":"b","n":"sXchDaQebHnPiGvyDOAT4saGEUetSyo9MKLOoWFsueri23bOdgWp4Dy1WlUzewbgBHod5pcM9H95GQRV3JDXboIRROSBigeC5yjU1hGzHHyXss8UDprecbAYxknTcQkhslANGRUZmdTOQ5qTRsLAt6BTYuyvVRdhS8exSZEy_c4gs_7svlJJQ4H9_NxsiIoLwAEk7-Q3UXERGYw_75IDrGA84-lA_-Ct4eTlXHBIY2EaV7t7LjJaynVJCpkv4LKjTTAumiGUIuQhrNhZLuF_RJLqHpM2kgWFLU7-VTdL1VbC2tejvcI2BlMkEpk1BzBZI0KQB0GaDWFLN-aEAw3vRw","e":"AQAB"},
          {"kty":"RSA","use":"enc","kid":"c","n":"AQAB","e":"AQAB","endorsements":["msteams"]},
          {"kty":"EC","kid":"d","crv":"P-256","x":"AQAB","y":"AQAB"}
        ]}
        """;

    [Fact]
    public void Parse_IndexesRsaSigningKeysByKidWithTheirEndorsements()
    {
        var set = OpenIdKeySet.Parse("https://api.botframework.com", Jwks, DateTimeOffset.UnixEpoch);

        Assert.Equal(["a", "b"], set.Keys.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["msteams", "skype"], set.Keys["a"].Endorsements.Order(StringComparer.Ordinal));
        Assert.Empty(set.Keys["b"].Endorsements);
        Assert.Equal("a", set.Keys["a"].Key.KeyId);
    }

    [Fact]
    public void Parse_DocumentWithoutKeys_Throws()
    {
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => OpenIdKeySet.Parse("x", """{"foo":1}""", DateTimeOffset.UnixEpoch));
    }
}
