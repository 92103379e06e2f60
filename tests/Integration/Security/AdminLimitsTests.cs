using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CxReviewBot.Metrics;
using CxReviewBot.TestKit;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CxReviewBot.IntegrationTests.Security;

/// <summary>Issue 13 item 5: the admin import API's body limits per kind, its tenant header, and truncated echoes.</summary>
public sealed class AdminLimitsTests
{
    private const string Key = "test-admin-key-0123456789";

    [Fact]
    public async Task CatalogueFileOver1MB_Answers413_NothingStored()
    {
        await using var database = await TestDatabases.CreateAsync(TestDatabases.Sqlite);
        await using var host = Host(database);
        using var client = Client(host);
        var csv = "touchpoint,function,owner_upn\n" + string.Concat(Enumerable.Range(0, 60_000).Select(i => $"Touchpoint {i},support,\n"));

        var declared = await client.PostAsync("/api/v1/import/touchpoints", new StringContent(csv, Encoding.UTF8, "text/csv"));
        var streamed = await client.PostAsync("/api/v1/import/touchpoints", Chunked(csv));

        Assert.Equal((HttpStatusCode.RequestEntityTooLarge, HttpStatusCode.RequestEntityTooLarge), (declared.StatusCode, streamed.StatusCode));
        Assert.Contains("over 1 MB", (await streamed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString(), StringComparison.Ordinal);
        await using var db = database.Context("tenant-default");
        Assert.Equal(0, db.Set<Touchpoint>().Count());
    }

    [Fact]
    public async Task ObservationsOverAdminMaxImportBytes_Answers413()
    {
        await using var database = await TestDatabases.CreateAsync(TestDatabases.Sqlite);
        await using var host = Host(database, ("Admin:MaxImportBytes", "2048"));
        using var client = Client(host);
        var csv = "period_end,touchpoint,metric,value\n" + string.Concat(Enumerable.Range(0, 200).Select(i => $"2026-01-01,*,Revenue,{i}\n"));

        var response = await client.PostAsync("/api/v1/import/observations", Chunked(csv));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task HugeUnknownColumnName_IsEchoedTruncatedInTheAnswer()
    {
        await using var database = await TestDatabases.CreateAsync(TestDatabases.Sqlite);
        await using var host = Host(database);
        using var client = Client(host);
        var column = new string('c', 500_000);

        var response = await client.PostAsync("/api/v1/import/touchpoints",
            new StringContent($"touchpoint,function,owner_upn,{column}\nBilling,billing,,x\n", Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var warning = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("warnings")[0].GetString();
        Assert.Equal($"line 1: column '{new string('c', 80)}…' is not used and was ignored", warning);
    }

    [Theory]
    [InlineData("tenant with spaces")]
    [InlineData("0123456789012345678901234567890123456789012345678901234567890123456789")]
    public async Task TenantHeaderThatIsNoTenantId_Answers400(string tenant)
    {
        await using var database = await TestDatabases.CreateAsync(TestDatabases.Sqlite);
        await using var host = Host(database);
        using var client = Client(host);
        client.DefaultRequestHeaders.Add("X-Tenant-Id", tenant);

        var response = await client.PostAsync("/api/v1/import/touchpoints", new StringContent("touchpoint,function,owner_upn\nA,b,\n", Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static StreamContent Chunked(string csv)
    {
        var content = new StreamContent(new NonSeekable(Encoding.UTF8.GetBytes(csv)));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        return content;
    }

    private static HttpClient Client(WebApplicationFactory<Program> host)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        return client;
    }

    private static WebApplicationFactory<Program> Host(TestDatabase database, params (string Key, string Value)[] settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            foreach (var (key, value) in database.HostSettings)
            {
                web.UseSetting(key, value);
            }
            web.UseSetting("Admin:ApiKey", Key);
            web.UseSetting("Demo:Seed", "false");
            web.UseSetting("Tenancy:DefaultTenantId", "tenant-default");
            foreach (var (key, value) in settings)
            {
                web.UseSetting(key, value);
            }
        });

    /// <summary>A body without a declared length, as a streaming client sends it.</summary>
    private sealed class NonSeekable(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
