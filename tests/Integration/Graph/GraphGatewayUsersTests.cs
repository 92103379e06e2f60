using CxReviewBot.TestKit;

namespace CxReviewBot.IntegrationTests.Graph;

public sealed class GraphGatewayUsersTests : IAsyncLifetime
{
    private FakeGraph _graph = null!;
    private GraphTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _graph = await FakeGraph.StartAsync();
        _host = new GraphTestHost(_graph);
        _graph.AddUser("boss", "boss@contoso.com", "Bea Boss");
        _graph.AddUser("ana", "ana@contoso.com", "Ana", managerId: "boss");
    }

    public async Task DisposeAsync()
    {
        _host.Dispose();
        await _graph.DisposeAsync();
    }

    [Fact]
    public async Task Manager_Exists_ReturnsIdUpnAndName()
    {
        var manager = await _host.Gateway.GetManagerAsync("ana", default);

        Assert.Equal(new("boss", "boss@contoso.com", "Bea Boss"), manager);
        Assert.Equal("/users/ana/manager", Assert.Single(_graph.Requests).Path);
    }

    [Fact]
    public async Task Manager_None_ReturnsNull()
    {
        Assert.Null(await _host.Gateway.GetManagerAsync("boss", default));
        Assert.Equal(404, Assert.Single(_graph.Requests).Status);
    }

    [Fact]
    public async Task MailboxSettings_WindowsZone_ConvertsToIana()
    {
        _graph.SetMailboxSettings("ana", "W. Europe Standard Time", ["monday", "tuesday", "wednesday", "thursday"], "08:30:00.0000000", "16:00:00.0000000");

        var hours = await _host.Gateway.GetMailboxSettingsAsync("ana", default);

        Assert.NotNull(hours);
        Assert.Equal("Europe/Berlin", hours.IanaTimeZone);
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday], hours.WorkingDays);
        Assert.Equal(new TimeOnly(8, 30), hours.Start);
        Assert.Equal(new TimeOnly(16, 0), hours.End);
    }

    [Fact]
    public async Task MailboxSettings_IanaZone_IsKept()
    {
        _graph.SetMailboxSettings("ana", "Asia/Kolkata", ["monday"], "10:00:00", "18:00:00");

        var hours = await _host.Gateway.GetMailboxSettingsAsync("ana", default);

        Assert.Equal("Asia/Kolkata", hours!.IanaTimeZone);
    }

    [Fact]
    public async Task MailboxSettings_AccessDenied_ReturnsNull()
    {
        _graph.DenyMailbox("ana");

        Assert.Null(await _host.Gateway.GetMailboxSettingsAsync("ana", default));
        Assert.Equal(403, Assert.Single(_graph.Requests).Status);
    }
}
