using CxReviewBot.Features.Catalog.Import;
using CxReviewBot.Features.Catalog.Reporting;
using CxReviewBot.IntegrationTests.Catalog;
using CxReviewBot.Metrics;
using CxReviewBot.TestKit;

namespace CxReviewBot.IntegrationTests.Security;

/// <summary>Issue 13 items 2 and 5: what imports refuse (with the line, all or nothing) and what reports write.</summary>
public sealed class ImportHardeningTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task FormulaTouchpointAndOwner_ComeOutNeutralisedInTheReport_NumbersStayNumbers(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var db = database.Context(CatalogCorpus.Tenant);
        Assert.True((await CatalogCorpus.ImportTextAsync(db, ImportKind.Touchpoints, """
            touchpoint,function,owner_upn
            "=HYPERLINK(""http://x"",""y"")",support,=cmd@evil.example
            """)).Succeeded);
        Assert.True((await CatalogCorpus.ImportTextAsync(db, ImportKind.Metrics, """
            metric,kind,unit,higher_is_better,target
            @CSAT,experience,score,true,4.2
            """)).Succeeded);
        Assert.True((await CatalogCorpus.ImportTextAsync(db, ImportKind.Observations, """
            period_end,touchpoint,metric,value
            2026-11-15,"=HYPERLINK(""http://x"",""y"")",@CSAT,4
            2026-11-22,"=HYPERLINK(""http://x"",""y"")",@CSAT,3.7
            """)).Succeeded);

        var output = new StringWriter();
        await ReviewPackCsv.WriteAsync(output, await ReviewPackQuery.RunAsync(db, new DateOnly(2026, 11, 22), null, CancellationToken.None), CancellationToken.None);

        Assert.Equal("""
            touchpoint,owner,metric,kind,unit,period_end,value,previous_value,change,target,vs_target,status
            "'=HYPERLINK(""http://x"",""y"")",'=cmd@evil.example,'@CSAT,experience,score,2026-11-22,3.7,4,-0.3,4.2,-0.5,off_target

            """, output.ToString());
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ControlCharacterInANameOrId_RefusesTheWholeFileWithTheLine(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using (var db = database.Context(CatalogCorpus.Tenant))
        {
            await CatalogCorpus.LoadFixtureAsync(db);
        }
        var before = await CatalogDump.DumpAsync(database);

        ImportResult touchpoints, accounts, responses;
        await using (var db = database.Context(CatalogCorpus.Tenant))
        {
            touchpoints = await CatalogCorpus.ImportTextAsync(db, ImportKind.Touchpoints,
                "touchpoint,function,owner_upn,description\nBilling,billing,bo@contoso.example,Tabs\tare fine here\nWeb\0chat,support,,\nPortal,sup\tport,,\n");
        }
        await using (var db = database.Context(CatalogCorpus.Tenant))
        {
            accounts = await CatalogCorpus.ImportTextAsync(db, ImportKind.Accounts, "account_id,arr,outcome\nA-1,100,open\nA-\u001b[2J,100,open\n");
        }
        await using (var db = database.Context(CatalogCorpus.Tenant))
        {
            responses = await CatalogCorpus.ImportTextAsync(db, ImportKind.Responses,
                "account_id,responded_on,touchpoint,metric,score,comment\nA1,2026-11-01,Onboarding,NPS,9,\"fine\0\"\n");
        }

        Assert.Equal(["line 3: 'touchpoint' holds the control character U+0000 (names and ids allow none)",
            "line 4: 'function' holds the control character U+0009 (names and ids allow none)"], touchpoints.Errors);
        Assert.Equal(["line 3: 'account_id' holds the control character U+001B (names and ids allow none)"], accounts.Errors);
        Assert.Equal(["line 2: 'comment' holds the control character U+0000 (free text allows only tab and line breaks)"], responses.Errors);
        Assert.Equal(before, await CatalogDump.DumpAsync(database));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task NumbersBeyondTheRange_AreRefusedWithTheLine(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using (var db = database.Context(CatalogCorpus.Tenant))
        {
            await CatalogCorpus.LoadFixtureAsync(db);
        }
        var before = await CatalogDump.DumpAsync(database);

        ImportResult observations, accounts;
        await using (var db = database.Context(CatalogCorpus.Tenant))
        {
            observations = await CatalogCorpus.ImportTextAsync(db, ImportKind.Observations,
                "period_end,touchpoint,metric,value\n2026-12-06,*,Revenue,1.7e308\n2026-12-13,*,Revenue,-1.7e308\n2026-12-20,*,Revenue,1e15\n");
        }
        await using (var db = database.Context(CatalogCorpus.Tenant))
        {
            accounts = await CatalogCorpus.ImportTextAsync(db, ImportKind.Accounts, "account_id,arr,outcome\nA-9,1e16,open\n");
        }

        Assert.Equal(["line 2: 'value' 1.7e308 is out of range; numbers must be within ±1e15",
            "line 3: 'value' -1.7e308 is out of range; numbers must be within ±1e15"], observations.Errors);
        Assert.Equal(["line 2: 'arr' 1e16 is out of range; numbers must be within ±1e15"], accounts.Errors);
        Assert.Equal(before, await CatalogDump.DumpAsync(database));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task OverlongNameOrDescription_IsRefusedWithTheLine(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var db = database.Context(CatalogCorpus.Tenant);
        var description = new string('d', 30_000);

        var result = await CatalogCorpus.ImportTextAsync(db, ImportKind.Touchpoints,
            $"touchpoint,function,owner_upn,description\nBilling,billing,,{description}\n{new string('n', 201)},support,,\nOk,support,,{new string('d', 2000)}\n");

        Assert.Equal(["line 2: 'description' is 30000 characters long; at most 2000 are allowed",
            "line 3: 'touchpoint' is 201 characters long; at most 200 are allowed"], result.Errors);
        Assert.Equal("## touchpoints\n", (await CatalogDump.DumpAsync(database)).ReplaceLineEndings("\n").Split("## metrics")[0]);
    }

    [Theory, OnSqlite]
    public async Task UnknownHugeColumnName_IsEchoedTruncated(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var db = database.Context(CatalogCorpus.Tenant);
        var column = new string('c', 5_000_000);

        var result = await CatalogCorpus.ImportTextAsync(db, ImportKind.Touchpoints, $"touchpoint,function,owner_upn,{column}\nBilling,billing,,x\n");

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal([$"line 1: column '{new string('c', 80)}…' is not used and was ignored"], result.Warnings);
    }
}
