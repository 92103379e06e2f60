using System.Text.Json.Nodes;

namespace CxReviewBot.TestKit;

/// <summary>Planner plans (in Microsoft 365 groups), buckets and a plan's task list, as Graph v1.0 shapes them.</summary>
internal static class FakeGraphPlans
{
    public static FakeGraphResponse CreatePlan(FakeGraph fake, FakeGraphCall call)
    {
        if (call.Body is not JsonObject body || body["title"]?.GetValue<string>() is not { Length: > 0 } title)
        {
            return FakeGraphResponse.Error(400, "BadRequest", "title is required.");
        }

        var url = body["container"]?["url"]?.GetValue<string>() ?? "";
        var marker = url.LastIndexOf("/groups/", StringComparison.Ordinal);
        if (marker < 0)
        {
            return FakeGraphResponse.Error(400, "BadRequest", "container.url must be the URL of a group.");
        }

        var groupId = url[(marker + "/groups/".Length)..];
        lock (fake.Gate)
        {
            if (!fake.Groups.Contains(groupId))
            {
                return FakeGraphResponse.Error(404, "NotFound", $"The requested item '{groupId}' is not found.");
            }

            var plan = fake.NewPlan(groupId, title);
            return FakeGraphResponse.Json(201, plan.DeepClone());
        }
    }

    public static FakeGraphResponse GetPlan(FakeGraph fake, string planId)
    {
        lock (fake.Gate)
        {
            return fake.Plans.TryGetValue(planId, out var plan) ? FakeGraphResponse.Json(200, plan.DeepClone()) : NotFound(planId);
        }
    }

    public static FakeGraphResponse ListBuckets(FakeGraph fake, string planId)
    {
        lock (fake.Gate)
        {
            return fake.Plans.ContainsKey(planId)
                ? Collection("buckets", fake.Buckets.Values.Where(b => b["planId"]?.GetValue<string>() == planId))
                : NotFound(planId);
        }
    }

    public static FakeGraphResponse CreateBucket(FakeGraph fake, FakeGraphCall call)
    {
        if (call.Body is not JsonObject body || body["planId"]?.GetValue<string>() is not { Length: > 0 } planId
            || body["name"]?.GetValue<string>() is not { Length: > 0 } name)
        {
            return FakeGraphResponse.Error(400, "BadRequest", "planId and name are required.");
        }

        lock (fake.Gate)
        {
            if (!fake.Plans.ContainsKey(planId))
            {
                return NotFound(planId);
            }

            var id = $"bucket-{fake.Buckets.Count + 1:D4}";
            var bucket = new JsonObject
            {
                ["@odata.etag"] = fake.NextETag(),
                ["id"] = id,
                ["name"] = name,
                ["planId"] = planId,
                ["orderHint"] = "8585269241124027581",
            };
            fake.Buckets[id] = bucket;
            return FakeGraphResponse.Json(201, bucket.DeepClone());
        }
    }

    public static FakeGraphResponse ListTasks(FakeGraph fake, string planId)
    {
        lock (fake.Gate)
        {
            return fake.Plans.ContainsKey(planId)
                ? Collection("tasks", fake.Tasks.Values.Where(t => t["planId"]?.GetValue<string>() == planId))
                : NotFound(planId);
        }
    }

    private static FakeGraphResponse Collection(string what, IEnumerable<JsonObject> items) => FakeGraphResponse.Json(200, new JsonObject
    {
        ["@odata.context"] = $"https://graph.microsoft.com/v1.0/$metadata#planner/{what}",
        ["@odata.count"] = items.Count(),
        ["value"] = new JsonArray([.. items.Select(i => i.DeepClone())]),
    });

    private static FakeGraphResponse NotFound(string id) =>
        FakeGraphResponse.Error(404, "NotFound", $"The requested item '{id}' is not found.");
}
