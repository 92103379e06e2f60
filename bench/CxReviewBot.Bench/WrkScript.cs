namespace CxReviewBot.Bench;

internal static class WrkScript
{
    /// <summary>
    /// A `help` message per request, as Teams sends it in a personal chat: each with a new activity id (prefixed with
    /// <paramref name="idPrefix"/>, so one phase's replies can be told from another's), over <paramref name="chats"/>
    /// personal chats (one user each) spread over <paramref name="tenants"/> tenants. At the end wrk prints
    /// <c>sent N</c>: requests written, answered or not.
    /// </summary>
    public static string Help(string token, string serviceUrl, string idPrefix, int chats, int tenants) => $$$"""
        local threads = {}
        function setup(thread)
          table.insert(threads, thread)
          thread:set("thread_tag", #threads)
        end
        counter = 0
        wrk.method = "POST"
        wrk.headers["Content-Type"] = "application/json"
        wrk.headers["Authorization"] = "Bearer {{{token}}}"
        request = function()
          counter = counter + 1
          local chat = (counter * 7919 + thread_tag * 104729) % {{{chats}}}
          local tenant = string.format("%08x-0000-4000-8000-00000000be9c", chat % {{{tenants}}})
          local body = string.format('{"type":"message","id":"{{{idPrefix}}}%d-%d","timestamp":"2026-12-01T09:00:00.000Z","serviceUrl":"{{{serviceUrl}}}","channelId":"msteams","from":{"id":"29:user-%d","name":"Bench User","aadObjectId":"00000000-0000-0000-0000-%012d"},"recipient":{"id":"28:bench-bot","name":"CX Review Bot"},"conversation":{"id":"a:bench-%d","conversationType":"personal","tenantId":"%s"},"channelData":{"tenant":{"id":"%s"}},"locale":"en-US","text":"help","textFormat":"plain"}', thread_tag, counter, chat, chat, chat, tenant, tenant)
          return wrk.format(nil, nil, nil, body)
        end
        function done(summary, latency, requests)
          local sent = 0
          for _, thread in ipairs(threads) do
            sent = sent + thread:get("counter")
          end
          io.write(string.format("sent %d\n", sent))
        end
        """;
}
