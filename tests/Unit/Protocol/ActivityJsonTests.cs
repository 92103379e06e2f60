using System.Text.Json;
using System.Text.Json.Nodes;
using CxReviewBot.Protocol.Activities;

namespace CxReviewBot.UnitTests.Protocol;

public sealed class ActivityJsonTests
{
    private const string TeamsMessage = """
        {
          "type": "message", "id": "1776390257332", "serviceUrl": "https://smba.trafficmanager.net/amer/",
          "channelId": "msteams", "text": "<at>CX Review Bot</at> help",
          "from": { "id": "29:abc", "aadObjectId": "a-1", "name": "Ada", "futureField": 7 },
          "conversation": { "id": "19:x@thread.tacv2", "conversationType": "channel", "tenantId": "t-1", "isGroup": true },
          "channelData": { "team": { "id": "19:team" }, "tenant": { "id": "t-1" }, "eventType": "x" },
          "entities": [ { "type": "mention", "mentioned": { "id": "28:bot" }, "text": "<at>CX Review Bot</at>" } ],
          "value": { "verb": "command.run", "nested": [1, 2, 3] },
          "someNewTopLevelField": { "a": true },
          "locale": "en-US"
        }
        """;

    [Fact]
    public void UnknownFields_SurviveARoundTrip()
    {
        var activity = JsonSerializer.Deserialize(TeamsMessage, ProtocolJsonContext.Default.Activity)!;

        var written = JsonNode.Parse(JsonSerializer.Serialize(activity, ProtocolJsonContext.Default.Activity))!;

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(TeamsMessage), written));
    }

    [Fact]
    public void TypedFields_AreRead()
    {
        var activity = JsonSerializer.Deserialize(TeamsMessage, ProtocolJsonContext.Default.Activity)!;

        Assert.Equal("message", activity.Type);
        Assert.Equal("a-1", activity.From!.EntraId);
        Assert.Equal("channel", activity.Conversation!.ConversationType);
        Assert.Equal("t-1", ActivityTenant.Of(activity));
        Assert.Equal(3, activity.Value!.Value.GetProperty("nested").GetArrayLength());
    }

    [Fact]
    public void RosterObjectId_IsTheEntraId()
    {
        var member = JsonSerializer.Deserialize("""{"id":"29:1","objectId":"o-9","userPrincipalName":"ada@contoso.com"}""",
            ProtocolJsonContext.Default.Activity.Options.GetTypeInfo(typeof(ChannelAccount)));

        Assert.Equal("o-9", ((ChannelAccount)member!).EntraId);
    }
}
