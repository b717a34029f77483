using KakakAsuh.Tests.Infrastructure;

namespace KakakAsuh.Tests.Grains;

[Collection(ClusterCollection.Name)]
public sealed class UmkmGrainTests(ClusterFixture fixture)
{
    private readonly ProgrammeDriver driver = new(fixture.Grains);

    /// <summary>Runs a command that must be refused, and shows the stored state unchanged, also after a reload.</summary>
    private async Task<Refusal> AssertRefusedAndUnchangedAsync<TResult>(IUmkmGrain grain, Func<Task<TResult>> command) where TResult : CommandResult
    {
        var before = Snapshot.Of(await grain.GetAsync());
        var result = await command();
        Assert.False(result.Accepted);
        Assert.Equal(before, Snapshot.Of(await grain.GetAsync()));
        await fixture.Cluster.DeactivateAsync(grain);
        Assert.Equal(before, Snapshot.Of(await grain.GetAsync()));
        return result.Refusal!;
    }

    [Fact]
    public async Task Register_ThenGet_ReturnsTheProfileAndHistory()
    {
        var id = await driver.RegisteredAsync();
        var state = await driver.Umkm(id).GetAsync();
        Assert.NotNull(state);
        Assert.Equal(ProgrammeStatus.Registered, state.Status);
        Assert.Equal("Keripik Tempe Bu Sari", state.Profile.BusinessName);
        var entry = Assert.Single(state.History.Entries);
        Assert.Equal(("register", "staff:test"), (entry.Action, entry.Actor));
    }

    [Fact]
    public async Task Register_WithUnknownKelurahan_IsRefused_AndNothingIsStored()
    {
        var grain = driver.Umkm(Keys.New("umkm"));
        var refusal = await AssertRefusedAndUnchangedAsync(grain, () => grain.RegisterAsync(Samples.Registration(kelurahan: "31.73.99.1001"), Samples.Staff));
        Assert.Equal(RefusalKind.Invalid, refusal.Kind);
        Assert.Null(await grain.GetAsync());
    }

    [Fact]
    public async Task Register_WithBadNib_IsRefused_AndNothingIsStored()
    {
        var grain = driver.Umkm(Keys.New("umkm"));
        var refusal = await AssertRefusedAndUnchangedAsync(grain, () => grain.RegisterAsync(Samples.Registration(nib: "12345"), Samples.Staff));
        Assert.Contains("nib", refusal.FieldErrors!.Keys);
    }

    [Fact]
    public async Task StartStep_OutOfOrder_IsRefused_AndStateIsUnchanged()
    {
        var (umkm, _) = await driver.MentoringAsync("halal");
        var grain = driver.Umkm(umkm);
        var refusal = await AssertRefusedAndUnchangedAsync(grain, () => grain.StartStepAsync("halal", "lp3h-check", Samples.Staff));
        Assert.Equal("step-out-of-order", refusal.Code);
    }

    [Fact]
    public async Task Nominate_WhenAlreadyMatched_IsRefused_AndStateIsUnchanged()
    {
        var (umkm, _) = await driver.MatchedAsync("halal");
        var mentor = await driver.SelectedMentorAsync();
        var round = await driver.OpenRoundAsync([mentor], []);
        var grain = driver.Umkm(umkm);
        var before = Snapshot.Of(await grain.GetAsync());

        var result = await driver.Round(round).AddMenteeCandidateAsync(umkm, Samples.Staff);

        Assert.Equal("not-nominable", result.Refusal?.Code);
        Assert.Equal(before, Snapshot.Of(await grain.GetAsync()));
        Assert.Empty((await driver.Round(round).GetAsync())!.MenteeCandidates);
    }

    [Fact]
    public async Task Command_WithoutActor_IsRefused()
    {
        var id = await driver.RegisteredAsync();
        var refusal = await AssertRefusedAndUnchangedAsync(driver.Umkm(id), () => driver.Umkm(id).MapNeedsAsync(["halal"], new CommandContext(" ")));
        Assert.Equal("actor-required", refusal.Code);
    }

    [Fact]
    public async Task Withdraw_AMentee_ReleasesItsMentor()
    {
        var (umkm, mentor) = await driver.MentoringAsync("qris");
        ProgrammeDriver.Accepted(await driver.Umkm(umkm).WithdrawAsync(Samples.Because("Usaha tutup")));
        Assert.Equal(ProgrammeStatus.Withdrawn, (await driver.Umkm(umkm).GetAsync())!.Status);
        Assert.Empty((await driver.Mentor(mentor).GetAsync())!.Mentees);
    }

    [Fact]
    public async Task BeginMentoring_UsesTheInjectedClock()
    {
        var (umkm, _) = await driver.MentoringAsync("qris");
        var state = (await driver.Umkm(umkm).GetAsync())!;
        var today = KakakAsuh.Domain.ReferenceData.WorkingCalendar.Today(fixture.Time);
        Assert.Equal(today, state.MentoringSince);
        Assert.Equal(Samples.Data.Calendar.AddWorkingDays(today, 2), state.Plan[0].Steps[0].DueOn);
    }

    [Fact]
    public async Task Command_RecordedAfterTheFact_TakesEffectOnThatDay()
    {
        var (umkm, _) = await driver.MentoringAsync("qris");
        var lastWeek = fixture.Time.GetUtcNow().AddDays(-7);
        var grain = driver.Umkm(umkm);
        var refusal = await AssertRefusedAndUnchangedAsync(grain, () => grain.StartStepAsync("qris", "provider-registration", new CommandContext("staff:test", At: lastWeek)));
        Assert.Equal("at-before-last-event", refusal.Code);

        fixture.Time.Advance(TimeSpan.FromDays(10));
        var threeDaysAgo = fixture.Time.GetUtcNow().AddDays(-3);
        ProgrammeDriver.Accepted(await grain.StartStepAsync("qris", "provider-registration", new CommandContext("staff:test", At: threeDaysAgo)));
        var state = (await grain.GetAsync())!;
        Assert.Equal(DateOnly.FromDateTime(threeDaysAgo.ToOffset(TimeSpan.FromHours(7)).DateTime), state.Plan[0].Steps[0].StartedOn);
        Assert.Equal(threeDaysAgo, state.History.Entries[^1].At);
    }

    [Fact]
    public async Task Command_DatedInTheFuture_IsRefused()
    {
        var id = await driver.RegisteredAsync();
        var refusal = await AssertRefusedAndUnchangedAsync(driver.Umkm(id),
            () => driver.Umkm(id).MapNeedsAsync(["qris"], new CommandContext("staff:test", At: fixture.Time.GetUtcNow().AddHours(1))));
        Assert.Equal("at-in-future", refusal.Code);
    }
}
