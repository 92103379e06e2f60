using System.Text.Json.Nodes;

namespace CxReviewBot.TestKit;

/// <summary>Routes one call (top-level or inside <c>$batch</c>) to its handler and records it.</summary>
internal static class FakeGraphRoutes
{
    /// <summary>Answers and records the call under the fake's lock, so a test never sees a change without its request.</summary>
    public static FakeGraphResponse Dispatch(FakeGraph fake, FakeGraphCall call)
    {
        lock (fake.Gate)
        {
            var response = fake.TakeThrottle(call.Path) ?? Route(fake, call);
            fake.Record(call, response.Status);
            return response;
        }
    }

    private static FakeGraphResponse Route(FakeGraph fake, FakeGraphCall call)
    {
        // Inner batch requests are authorised by the outer request's bearer.
        if (!call.InBatch && (call.Header("Authorization") is not { } auth || !auth.StartsWith("Bearer ", StringComparison.Ordinal)))
        {
            return FakeGraphResponse.Error(401, "InvalidAuthenticationToken", "Access token is empty.");
        }

        return (call.Method, call.Segments) switch
        {
            ("POST", ["planner", "tasks"]) => FakeGraphPlanner.Create(fake, call),
            ("GET", ["planner", "tasks", var id]) => FakeGraphPlanner.Get(fake, id),
            ("PATCH", ["planner", "tasks", var id]) => FakeGraphPlanner.Update(fake, id, call),
            ("POST", ["planner", "plans"]) => FakeGraphPlans.CreatePlan(fake, call),
            ("GET", ["planner", "plans", var id]) => FakeGraphPlans.GetPlan(fake, id),
            ("GET", ["planner", "plans", var id, "buckets"]) => FakeGraphPlans.ListBuckets(fake, id),
            ("GET", ["planner", "plans", var id, "tasks"]) => FakeGraphPlans.ListTasks(fake, id),
            ("POST", ["planner", "buckets"]) => FakeGraphPlans.CreateBucket(fake, call),
            ("GET", ["users", var id, "manager"]) => Manager(fake, id),
            ("GET", ["users", var id, "mailboxSettings"]) => Mailbox(fake, id),
            _ => FakeGraphResponse.Error(400, "BadRequest", $"Resource not found for the segment '{call.Path}'."),
        };
    }

    private static FakeGraphResponse Manager(FakeGraph fake, string userId)
    {
        lock (fake.Gate)
        {
            if (!fake.Users.ContainsKey(userId))
            {
                return FakeGraphResponse.Error(404, "Request_ResourceNotFound", $"Resource '{userId}' does not exist or one of its queried reference-property objects are not present.");
            }

            return fake.Managers.TryGetValue(userId, out var managerId) && fake.Users.TryGetValue(managerId, out var manager)
                ? FakeGraphResponse.Json(200, manager.DeepClone())
                : FakeGraphResponse.Error(404, "Request_ResourceNotFound", $"Resource 'manager' does not exist or one of its queried reference-property objects are not present.");
        }
    }

    private static FakeGraphResponse Mailbox(FakeGraph fake, string userId)
    {
        lock (fake.Gate)
        {
            if (fake.DeniedMailboxes.Contains(userId))
            {
                return FakeGraphResponse.Error(403, "ErrorAccessDenied", "Access is denied. Check credentials and try again.");
            }

            if (!fake.Mailboxes.TryGetValue(userId, out var settings))
            {
                return FakeGraphResponse.Error(404, "ErrorItemNotFound", "The specified object was not found in the store.");
            }

            var body = (JsonObject)settings.DeepClone();
            body["@odata.context"] = $"https://graph.microsoft.com/v1.0/$metadata#users('{userId}')/mailboxSettings";
            return FakeGraphResponse.Json(200, body);
        }
    }
}
