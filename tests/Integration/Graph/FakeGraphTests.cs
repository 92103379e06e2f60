using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CxReviewBot.TestKit;

namespace CxReviewBot.IntegrationTests.Graph;

/// <summary>The fake's wire rules that the gateway never trips on purpose.</summary>
public sealed class FakeGraphTests : IAsyncLifetime
{
    private readonly HttpClient _http = new();
    private FakeGraph _graph = null!;

    public async Task InitializeAsync()
    {
        _graph = await FakeGraph.StartAsync();
        _http.DefaultRequestHeaders.Authorization = new("Bearer", "t");
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _graph.DisposeAsync();
    }

    private static JsonObject Assignment(string? type) => type is null
        ? new JsonObject { ["orderHint"] = " !" }
        : new JsonObject { ["@odata.type"] = type, ["orderHint"] = " !" };

    private Task<HttpResponseMessage> CreateAsync(string? assignmentType) =>
        _http.PostAsJsonAsync($"{_graph.BaseUrl}/planner/tasks", new JsonObject
        {
            ["planId"] = "p",
            ["title"] = "t",
            ["assignments"] = new JsonObject { ["u1"] = Assignment(assignmentType) },
        });

    [Fact]
    public async Task AssignmentWithoutType_Is400()
    {
        using var response = await CreateAsync(null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BadRequest", (await response.Content.ReadFromJsonAsync<JsonObject>())!["error"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Patch_WithoutIfMatch_Is400_WithIfMatch_Is204AndChangesEtag()
    {
        using var created = await CreateAsync("#microsoft.graph.plannerAssignment");
        var task = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
        var url = $"{_graph.BaseUrl}/planner/tasks/{task["id"]}";

        using var missing = await _http.PatchAsJsonAsync(url, new JsonObject { ["percentComplete"] = 50 });
        using var request = new HttpRequestMessage(HttpMethod.Patch, url) { Content = JsonContent.Create(new JsonObject { ["percentComplete"] = 50 }) };
        request.Headers.TryAddWithoutValidation("If-Match", task["@odata.etag"]!.GetValue<string>());
        using var applied = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, applied.StatusCode);
        Assert.NotEqual(task["@odata.etag"]!.GetValue<string>(), _graph.Task(task["id"]!.GetValue<string>())!["@odata.etag"]!.GetValue<string>());
    }

    [Fact]
    public async Task Batch_Over20Requests_Is400()
    {
        var requests = new JsonArray([.. Enumerable.Range(1, 21).Select(i => (JsonNode)new JsonObject
        {
            ["id"] = i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["method"] = "GET",
            ["url"] = "/planner/tasks/x",
        })]);

        using var response = await _http.PostAsJsonAsync($"{_graph.BaseUrl}/$batch", new JsonObject { ["requests"] = requests });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(_graph.Requests, r => r.InBatch);
    }

    [Fact]
    public async Task NoBearer_Is401()
    {
        using var anonymous = new HttpClient();

        using var response = await anonymous.GetAsync($"{_graph.BaseUrl}/users/u1/manager");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
