using CxReviewBot.Protocol.Connector;

namespace CxReviewBot.UnitTests.Connector;

public sealed class ConnectorErrorBodyTests
{
    [Fact]
    public void DocumentedErrorResponse_ReadsCodeAndMessage()
    {
        var (code, message) = ConnectorErrorBody.Read("""{"error":{"code":"MessageSizeTooBig","message":"Activity too big"}}""");

        Assert.Equal("MessageSizeTooBig", code);
        Assert.Equal("Activity too big", message);
    }

    [Fact]
    public void TeamsBlockedResponse_ReadsSubCodeFromNestedMessage()
    {
        const string body = """{"errorCode":209,"message":"{\r\n  \"subCode\": \"MessageWritesBlocked\",\r\n  \"details\": \"Thread is blocked from message writes.\",\r\n  \"errorCode\": null,\r\n  \"errorSubCode\": null\r\n}"}""";

        var (code, message) = ConnectorErrorBody.Read(body);

        Assert.Equal("MessageWritesBlocked", code);
        Assert.Equal("Thread is blocked from message writes.", message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<html>Bad Gateway</html>")]
    [InlineData("{not json")]
    public void NonJsonBody_HasNoCode(string body) => Assert.Null(ConnectorErrorBody.Read(body).Code);
}
