using KakakAsuh.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace KakakAsuh.Tests.Storage;

/// <summary>
/// One UMKM through the whole programme on Azurite: registration, mapping, a curation round, the article's four
/// tracks (halal, trademark, packaging, bazaar) and graduation, with the whole cluster restarted half-way.
/// </summary>
public sealed class FullJourneyTests : IAsyncLifetime
{
    private readonly string serviceId = Keys.New("journey");
    private readonly FakeTimeProvider time = new(TestClusters.ProgrammeStart);
    private InProcessTestCluster cluster = null!;
    private ProgrammeDriver driver = null!;

    public async Task InitializeAsync() => await StartAsync();

    public async Task DisposeAsync() => await cluster.DisposeAsync();

    private async Task StartAsync()
    {
        cluster = await TestClusters.StartAsync(serviceId, time);
        driver = new ProgrammeDriver(cluster.Client);
    }

    private async Task StepAsync(string umkm, string track, string step, string? value = null, int days = 3)
    {
        time.Advance(TimeSpan.FromDays(days));
        ProgrammeDriver.Accepted(await driver.Umkm(umkm).StartStepAsync(track, step, new CommandContext("mentor:rumah-tama")));
        time.Advance(TimeSpan.FromDays(days));
        ProgrammeDriver.Accepted(await driver.Umkm(umkm).CompleteStepAsync(track, step, value, new CommandContext("mentor:rumah-tama")));
    }

    [Fact]
    public async Task OneUmkm_FromRegistrationToGraduation_WithARestartInTheMiddle_HasEveryStepInItsHistory()
    {
        var umkm = await driver.RegisteredAsync(Samples.Registration(nib: Samples.ValidNib));
        ProgrammeDriver.Accepted(await driver.Umkm(umkm).MapNeedsAsync(["halal", "trademark", "packaging", "bazaar"], Samples.Staff));
        var mentor = await driver.SelectedMentorAsync(capacity: 13);
        var round = await driver.OpenRoundAsync([mentor], [umkm]);
        await driver.PickAndApproveAsync(round, mentor, umkm);
        ProgrammeDriver.Accepted(await driver.Round(round).CloseAsync(Samples.Staff));
        ProgrammeDriver.Accepted(await driver.Umkm(umkm).BeginMentoringAsync(Samples.Staff));

        await StepAsync(umkm, "halal", "sihalal-account");
        await StepAsync(umkm, "halal", "verification-visit", days: 7);
        ProgrammeDriver.Accepted(await driver.Umkm(umkm).StartStepAsync("halal", "lp3h-check", Samples.Staff));
        ProgrammeDriver.Accepted(await driver.Umkm(umkm).ReturnStepAsync("halal", "lp3h-check", Samples.Because("Daftar bahan belum lengkap")));
        await StepAsync(umkm, "halal", "lp3h-check");
        await StepAsync(umkm, "halal", "komite-fatwa", days: 1);
        await StepAsync(umkm, "halal", "certificate-issued", "ID31110000123450924");
        await StepAsync(umkm, "trademark", "mark-search");
        await StepAsync(umkm, "trademark", "ukm-binaan-letter");
        await StepAsync(umkm, "trademark", "filing", "DID2024098765");

        var halfWay = Snapshot.Of(await driver.Umkm(umkm).GetAsync());
        await cluster.DisposeAsync();
        await StartAsync();
        Assert.Equal(halfWay, Snapshot.Of(await driver.Umkm(umkm).GetAsync()));

        await StepAsync(umkm, "packaging", "design-brief");
        await StepAsync(umkm, "packaging", "design-drafts");
        await StepAsync(umkm, "packaging", "final-label");
        await StepAsync(umkm, "trademark", "formality-check", days: 30);
        await StepAsync(umkm, "trademark", "publication", days: 30);
        await StepAsync(umkm, "trademark", "substantive-exam", days: 15);
        await StepAsync(umkm, "trademark", "registration", "IDM001234567");
        await StepAsync(umkm, "bazaar", "product-curation");
        await StepAsync(umkm, "bazaar", "participation");
        await StepAsync(umkm, "bazaar", "turnover-report");
        ProgrammeDriver.Accepted(await driver.Umkm(umkm).GraduateAsync(Samples.Staff));

        var state = (await driver.Umkm(umkm).GetAsync())!;
        Assert.Equal(ProgrammeStatus.Graduated, state.Status);
        Assert.Equal(("ID31110000123450924", "IDM001234567"), (state.Holdings.HalalCertificateNumber, state.Holdings.TrademarkRegistration));
        var history = state.History.Entries;
        Assert.Equal(["register", "map-needs", "nominate", "assign-mentor", "begin-mentoring"], history.Take(5).Select(e => e.Action));
        Assert.Equal("graduate", history[^1].Action);
        foreach (var track in state.Plan)
        {
            foreach (var step in track.Steps)
            {
                Assert.Equal(StepStatus.Done, step.Status);
                Assert.Contains(history, e => e.Action == "start-step" && e.Detail == $"{track.Track}/{step.Key} started");
                Assert.Contains(history, e => e.Action == "complete-step" && e.Detail.StartsWith($"{track.Track}/{step.Key} done", StringComparison.Ordinal));
            }
        }
        Assert.Contains(history, e => e.Action == "return-step" && e.Reason == "Daftar bahan belum lengkap");
        Assert.True(history.Zip(history.Skip(1)).All(p => p.First.At <= p.Second.At), "history is in time order");
        Assert.Equal(1, (await driver.Mentor(mentor).GetAsync())!.Graduated);
    }
}
