using System.Text.Json.Nodes;

namespace CxReviewBot.TestKit;

/// <summary>Activities shaped like the ones Teams sends (protocol.md §4), as raw wire JSON.</summary>
public static class TestActivities
{
    public const string TenantId = "00000000-0000-0000-0000-0000000000aa";
    public const string BotId = "28:bot-app-id";
    public const string UserId = "29:user-1";
    public const string UserAadId = "aaaaaaaa-0000-0000-0000-000000000001";
    public const string PersonalConversationId = "a:personal-conversation-1";
    public const string ChannelConversationId = "19:general@thread.tacv2";

    public static JsonObject Message(string serviceUrl, string text, string? conversationId = null, string conversationType = "personal") =>
        Base("message", serviceUrl, conversationId, conversationType, text: text);

    public static JsonObject Submit(string serviceUrl, JsonObject value, string replyToId, string? conversationId = null)
    {
        var activity = Base("message", serviceUrl, conversationId, "personal");
        activity["value"] = value;
        activity["replyToId"] = replyToId;
        return activity;
    }

    public static JsonObject Execute(string serviceUrl, string verb, JsonObject? data = null, string? conversationId = null, string replyToId = "1700000000001")
    {
        var activity = Base("invoke", serviceUrl, conversationId, "personal");
        activity["name"] = "adaptiveCard/action";
        activity["replyToId"] = replyToId;
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data ?? new JsonObject() },
            ["trigger"] = "manual",
        };
        return activity;
    }

    public static JsonObject InstallationAdd(string serviceUrl, string? conversationId = null, string conversationType = "personal")
    {
        var activity = Base("installationUpdate", serviceUrl, conversationId, conversationType);
        activity["action"] = "add";
        return activity;
    }

    public static JsonObject BotAdded(string serviceUrl, string? conversationId = null, string conversationType = "channel")
    {
        var activity = Base("conversationUpdate", serviceUrl, conversationId, conversationType);
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = BotId });
        return activity;
    }

    public static JsonObject Base(string type, string serviceUrl, string? conversationId, string conversationType, string? text = null)
    {
        var id = conversationId ?? (conversationType == "personal" ? PersonalConversationId : ChannelConversationId);
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = Guid.NewGuid().ToString("N"),
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("o"),
            ["serviceUrl"] = serviceUrl,
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = UserId, ["name"] = "Avery Owner", ["aadObjectId"] = UserAadId },
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "CX Review Bot" },
            ["conversation"] = new JsonObject
            {
                ["id"] = id,
                ["conversationType"] = conversationType,
                ["tenantId"] = TenantId,
                ["isGroup"] = conversationType != "personal",
            },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
            ["locale"] = "en-US",
        };
        if (text is not null)
        {
            activity["text"] = text;
            activity["textFormat"] = "plain";
        }
        return activity;
    }
}
