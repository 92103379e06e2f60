using System.Text.Json.Nodes;

namespace CxReviewBot.TestKit;

/// <summary>Planner task handlers: etags change on every write, PATCH needs <c>If-Match</c>, assignments need their type.</summary>
internal static class FakeGraphPlanner
{
    private const string AssignmentType = "#microsoft.graph.plannerAssignment";
    private static readonly string[] Writable = ["title", "percentComplete", "dueDateTime", "startDateTime", "bucketId", "priority"];

    public static FakeGraphResponse Create(FakeGraph fake, FakeGraphCall call)
    {
        if (call.Body is not JsonObject body || body["planId"]?.GetValue<string>() is not { Length: > 0 } planId)
        {
            return FakeGraphResponse.Error(400, "BadRequest", "planId is required.");
        }

        if (body["title"]?.GetValue<string>() is not { Length: > 0 })
        {
            return FakeGraphResponse.Error(400, "BadRequest", "title is required.");
        }

        if (AssignmentError(body) is { } error)
        {
            return error;
        }

        lock (fake.Gate)
        {
            var id = fake.NextTaskId();
            var task = new JsonObject
            {
                ["@odata.etag"] = fake.NextETag(),
                ["id"] = id,
                ["planId"] = planId,
                ["bucketId"] = body["bucketId"]?.DeepClone(),
                ["title"] = null,
                ["percentComplete"] = 0,
                ["dueDateTime"] = null,
                ["createdDateTime"] = DateTimeOffset.UtcNow.ToString("o"),
                ["createdBy"] = new JsonObject
                {
                    ["user"] = null,
                    ["application"] = new JsonObject { ["displayName"] = null, ["id"] = FakeGraph.AppId },
                },
                ["assignments"] = new JsonObject(),
            };
            Apply(task, body);
            fake.Tasks[id] = task;
            // A 5xx after the task was stored: the client cannot tell whether it exists.
            return fake.TakeLostCreate()
                ? FakeGraphResponse.Error(504, "GatewayTimeout", "The gateway did not receive a timely response.")
                : FakeGraphResponse.Json(201, task.DeepClone());
        }
    }

    public static FakeGraphResponse Get(FakeGraph fake, string id)
    {
        lock (fake.Gate)
        {
            return fake.Tasks.TryGetValue(id, out var task) ? FakeGraphResponse.Json(200, task.DeepClone()) : NotFound(id);
        }
    }

    public static FakeGraphResponse Update(FakeGraph fake, string id, FakeGraphCall call)
    {
        if (call.Body is not JsonObject body)
        {
            return FakeGraphResponse.Error(400, "BadRequest", "A JSON body is required.");
        }

        if (AssignmentError(body) is { } error)
        {
            return error;
        }

        lock (fake.Gate)
        {
            if (!fake.Tasks.TryGetValue(id, out var task))
            {
                return NotFound(id);
            }

            if (call.Header("If-Match") is not { Length: > 0 } ifMatch)
            {
                return FakeGraphResponse.Error(400, "BadRequest", "The If-Match header must be specified for this kind of request.");
            }

            if (ifMatch != task["@odata.etag"]!.GetValue<string>())
            {
                return FakeGraphResponse.Error(412, "PreconditionFailed", "The request does not match the current version of the resource.");
            }

            Apply(task, body);
            task["@odata.etag"] = fake.NextETag();
            return call.Header("Prefer")?.Contains("return=representation", StringComparison.OrdinalIgnoreCase) == true
                ? FakeGraphResponse.Json(200, task.DeepClone())
                : FakeGraphResponse.NoContent();
        }
    }

    private static void Apply(JsonObject task, JsonObject body)
    {
        foreach (var field in Writable.Where(body.ContainsKey))
        {
            task[field] = body[field]?.DeepClone();
        }

        if (body["percentComplete"] is { } percent)
        {
            task["completedDateTime"] = percent.GetValue<int>() >= 100 ? DateTimeOffset.UtcNow.ToString("o") : null;
        }

        if (body["assignments"] is JsonObject assignments)
        {
            var current = (JsonObject)task["assignments"]!;
            foreach (var (userId, assignment) in assignments)
            {
                if (assignment is null)
                {
                    current.Remove(userId);
                }
                else
                {
                    var stored = (JsonObject)assignment.DeepClone();
                    stored["assignedDateTime"] = DateTimeOffset.UtcNow.ToString("o");
                    current[userId] = stored;
                }
            }
        }
    }

    private static FakeGraphResponse? AssignmentError(JsonObject body) =>
        body["assignments"] is JsonObject assignments
        && assignments.Any(a => a.Value is JsonObject value && value["@odata.type"]?.GetValue<string>()?.TrimStart('#') != AssignmentType.TrimStart('#'))
            ? FakeGraphResponse.Error(400, "BadRequest", "Assignment values need @odata.type #microsoft.graph.plannerAssignment.")
            : null;

    private static FakeGraphResponse NotFound(string id) =>
        FakeGraphResponse.Error(404, "NotFound", $"The requested item '{id}' is not found.");
}
