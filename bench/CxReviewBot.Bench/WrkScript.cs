namespace CxReviewBot.Bench;

internal static class WrkScript
{
    /// <summary>
    /// A `help` message per request, each with a unique activity id (the bot de-duplicates) spread over 5,000
    /// personal chats (the connector paces each chat to Teams' 7 messages per second).
    /// </summary>
    public static string Help(string token, string serviceUrl) => $$"""
        local counter = 0
        local threads = 0
        function setup(thread)
          threads = threads + 1
          thread:set("thread_tag", threads)
        end
        wrk.method = "POST"
        wrk.headers["Content-Type"] = "application/json"
        wrk.headers["Authorization"] = "Bearer {{token}}"
        request = function()
          counter = counter + 1
          local chat = counter % 5000
          local body = string.format('{"type":"message","id":"%s-%d","serviceUrl":"{{serviceUrl}}","channelId":"msteams","from":{"id":"29:user-%d","name":"Bench User","aadObjectId":"00000000-0000-0000-0000-%012d"},"recipient":{"id":"28:bench-bot"},"conversation":{"id":"a:bench-%d","conversationType":"personal","tenantId":"bench-tenant"},"text":"help","textFormat":"plain"}', tostring(thread_tag), counter, chat, chat, chat)
          return wrk.format(nil, nil, nil, body)
        end
        """;
}
