using Azure.Data.Tables;
using KakakAsuh.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace KakakAsuh.Tests.Nudges;

/// <summary>Exactly the UMKM with dated open work hold a reminder, in the Azure reminder table, across a restart.</summary>
public sealed class ReminderRegistrationTests
{
    private static async Task<HashSet<string>> WithRemindersAsync(string serviceId, IEnumerable<string> umkm)
    {
        var table = new TableClient(await Azurite.ConnectionStringAsync(), "OrleansReminders");
        var rows = new List<string>();
        await foreach (var row in table.QueryAsync<TableEntity>())
        {
            var text = string.Join("|", row.Select(p => p.Value?.ToString()));
            if (text.Contains(serviceId, StringComparison.Ordinal) && text.Contains("nudge", StringComparison.Ordinal))
            {
                rows.Add(text);
            }
        }
        return [.. umkm.Where(id => rows.Any(r => r.Contains(id, StringComparison.Ordinal)))];
    }

    [Fact]
    public async Task RemindersExist_ForExactlyTheUmkmWithDatedOpenWork_AndSurviveARestart()
    {
        var serviceId = Keys.New("reminders");
        var time = new FakeTimeProvider(TestClusters.ProgrammeStart);
        var cluster = await TestClusters.StartAsync(serviceId, time);
        var driver = new ProgrammeDriver(cluster.Client);
        var (first, _) = await driver.MentoringAsync("qris");
        var (second, _) = await driver.MentoringAsync("bazaar");
        var registered = await driver.RegisteredAsync();
        var (graduated, _) = await driver.MentoringAsync("qris");
        foreach (var step in new[] { "provider-registration", "qris-active" })
        {
            ProgrammeDriver.Accepted(await driver.Umkm(graduated).StartStepAsync("qris", step, Samples.Staff));
            ProgrammeDriver.Accepted(await driver.Umkm(graduated).CompleteStepAsync("qris", step, null, Samples.Staff));
        }
        ProgrammeDriver.Accepted(await driver.Umkm(graduated).GraduateAsync(Samples.Staff));
        string[] all = [first, second, registered, graduated];

        Assert.Equal(new[] { first, second }.Order(), (await WithRemindersAsync(serviceId, all)).Order());
        await cluster.DisposeAsync();

        await using var restarted = await TestClusters.StartAsync(serviceId, time);
        Assert.Equal(new[] { first, second }.Order(), (await WithRemindersAsync(serviceId, all)).Order());
    }
}
