using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CxReviewBot.TestKit;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CxReviewBot.IntegrationTests.Catalog;

public sealed class ImportEndpointsTests
{
    private const string Key = "test-admin-key-0123456789";

    [Fact]
    public async Task NoConfiguredKey_AnswersNotFound()
    {
        await using var database = await TestDatabases.CreateAsync(TestDatabases.Sqlite);
        await using var host = Host(database, apiKey: "");
        using var client = host.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "anything");

        var response = await client.PostAsync("/api/v1/import/touchpoints", Csv("touchpoint,function,owner_upn\n"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong")]
    [InlineData(Key + "x")]
    public async Task MissingOrWrongKey_AnswersUnauthorized(string? presented)
    {
        await using var database = await TestDatabases.CreateAsync(TestDatabases.Sqlite);
        await using var host = Host(database, Key);
        using var client = host.CreateClient();
        if (presented is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", presented);
        }

        var response = await client.PostAsync("/api/v1/import/touchpoints", Csv("touchpoint,function,owner_upn\nA,sales,a@x.example\n"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task GoodFileForHeaderTenant_IsImportedAndCounted()
    {
        await using var database = await TestDatabases.CreateAsync(TestDatabases.Sqlite);
        await using var host = Host(database, Key);
        using var client = Client(host, "tenant-from-header");
        var body = await File.ReadAllTextAsync(Path.Combine(CatalogCorpus.Directory, "fixture", "touchpoints.csv"));

        var first = await client.PostAsync("/api/v1/import/touchpoints", Csv(body));
        var second = await client.PostAsync("/api/v1/import/touchpoints", Csv(body));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var json = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, json.GetProperty("inserted").GetInt32());
        Assert.Equal(2, (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("unchanged").GetInt32());
        await using var db = database.Context("tenant-from-header");
        Assert.Equal(2, db.Set<Metrics.Touchpoint>().Count());
    }

    [Fact]
    public async Task BadFile_Answers400WithLineErrors()
    {
        await using var database = await TestDatabases.CreateAsync(TestDatabases.Sqlite);
        await using var host = Host(database, Key);
        using var client = Client(host, null);

        var response = await client.PostAsync("/api/v1/import/touchpoints", Csv("touchpoint,function,owner_upn\nA,,a@x.example\n"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("line 2: 'function' is required", json.GetProperty("errors")[0].GetString());
    }

    [Fact]
    public async Task UnknownKindOrWrongContentType_AreRefused()
    {
        await using var database = await TestDatabases.CreateAsync(TestDatabases.Sqlite);
        await using var host = Host(database, Key);
        using var client = Client(host, null);

        var unknown = await client.PostAsync("/api/v1/import/widgets", Csv("a\n"));
        var json = await client.PostAsync("/api/v1/import/touchpoints", new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.UnsupportedMediaType), (unknown.StatusCode, json.StatusCode));
    }

    private static HttpClient Client(WebApplicationFactory<Program> host, string? tenant)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        if (tenant is not null)
        {
            client.DefaultRequestHeaders.Add("X-Tenant-Id", tenant);
        }
        return client;
    }

    private static StringContent Csv(string text) => new(text, Encoding.UTF8, "text/csv");

    private static WebApplicationFactory<Program> Host(TestDatabase database, string apiKey) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            foreach (var (key, value) in database.HostSettings)
            {
                web.UseSetting(key, value);
            }
            web.UseSetting("Admin:ApiKey", apiKey);
            web.UseSetting("Demo:Seed", "false");
            web.UseSetting("Tenancy:DefaultTenantId", "tenant-default");
        });
}
