using KakakAsuh.Domain.ReferenceData;
using KakakAsuh.Nudges;
using KakakAsuh.Tests.Infrastructure;

namespace KakakAsuh.Tests.Privacy;

/// <summary>Erasure reaches the free texts that repeat personal data: history, step notes and the nudges in the outbox.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ErasureGrainTests(ClusterFixture fixture)
{
    private readonly ProgrammeDriver driver = new(fixture.Grains);

    [Fact]
    public async Task Erase_ScrubsTheOwnersDataFromTheNudgeOutbox_AndIsIdempotent()
    {
        var owner = $"Joko Purnomo {Guid.NewGuid():N}"[..22];
        var phone = $"0821{Random.Shared.Next(10_000_000, 99_999_999)}";
        var registration = Samples.Registration() with { Profile = Samples.Registration().Profile with { OwnerName = owner, Phone = phone } };
        var (umkm, _) = await driver.MentoringAsync(registration, "halal");
        var grain = driver.Umkm(umkm);
        foreach (var step in new[] { "sihalal-account", "verification-visit" })
        {
            ProgrammeDriver.Accepted(await grain.StartStepAsync("halal", step, Samples.Staff));
            ProgrammeDriver.Accepted(await grain.CompleteStepAsync("halal", step, null, Samples.Staff));
        }
        ProgrammeDriver.Accepted(await grain.StartStepAsync("halal", "lp3h-check", Samples.Staff));
        ProgrammeDriver.Accepted(await grain.ReturnStepAsync("halal", "lp3h-check", Samples.Because($"komposisi belum lengkap, hubungi {owner} di {phone}")));
        var fixBy = (await grain.GetAsync())!.Plan[0].Steps[2].DueOn!.Value;
        var target = new DateTimeOffset(fixBy.AddDays(1).ToDateTime(new TimeOnly(9, 0)), WorkingCalendar.JakartaOffset);
        if (target > fixture.Time.GetUtcNow())
        {
            fixture.Time.Advance(target - fixture.Time.GetUtcNow());
        }
        await driver.TickAsync(umkm);
        // Nudges go to district heads and webhooks: they quote the step's note redacted.
        var nudged = await NudgeTextsAsync(umkm);
        Assert.Contains(nudged, t => t.Contains("hubungi [name] di [phone]", StringComparison.Ordinal));
        Assert.DoesNotContain(nudged, t => t.Contains(phone, StringComparison.Ordinal) || t.Contains(owner, StringComparison.Ordinal));

        ProgrammeDriver.Accepted(await grain.ErasePersonalDataAsync(Samples.Because("permintaan pemilik")));
        ProgrammeDriver.Accepted(await grain.ErasePersonalDataAsync(Samples.Because("permintaan pemilik")));

        var texts = await NudgeTextsAsync(umkm);
        Assert.NotEmpty(texts);
        Assert.DoesNotContain(texts, t => t.Contains(phone, StringComparison.Ordinal) || t.Contains(owner, StringComparison.Ordinal));
        var state = (await grain.GetAsync())!;
        Assert.DoesNotContain(owner, Snapshot.Of(state));
        Assert.DoesNotContain(phone, Snapshot.Of(state));
        Assert.Equal("erase-personal-data", state.History.Entries[^1].Action);
        Assert.Equal(1, state.History.Entries.Count(e => e.Action == "erase-personal-data"));
        // That it happened, by whom and when; the purpose is the access log's.
        Assert.Equal(("staff:test", null), (state.History.Entries[^1].Actor, state.History.Entries[^1].Reason));
    }

    [Fact]
    public async Task Erase_ScrubsNudgesStillWaitingForWebhookDelivery()
    {
        var phone = $"0822{Random.Shared.Next(10_000_000, 99_999_999)}";
        var umkm = Keys.New("umkm");
        // A receiver nobody listens on: the nudge stays pending (stored in the delivery grain's state) for the whole test.
        var receiver = new WebhookReceiver(Keys.New("hook"), new Uri($"http://127.0.0.1:{FreePort.Next()}/nudges"), "secret", "31.73");
        var delivery = fixture.Grains.GetGrain<IWebhookDeliveryGrain>(receiver.Id);
        await delivery.EnqueueAsync(receiver, [new Nudge { Id = $"{Samples.Kecamatan}~{umkm}~halal~lp3h-check~Mentor", UmkmId = umkm, Reason = $"hubungi pemilik di {phone}" }]);
        Assert.Contains(await StoredTextsAsync(), t => t.Contains(phone, StringComparison.Ordinal));

        await delivery.EraseAsync(umkm, [phone]);

        Assert.Equal(1, (await delivery.StatusAsync()).Pending);
        Assert.DoesNotContain(await StoredTextsAsync(), t => t.Contains(phone, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Erase_ScrubsTheRoundsPickNotes_InEveryFormOfThePhone()
    {
        var phone = $"0823{Random.Shared.Next(10_000_000, 99_999_999)}";
        var spaced = $"+62 {phone[1..4]} {phone[4..8]} {phone[8..]}";
        var registration = Samples.Registration() with { Profile = Samples.Registration().Profile with { Phone = phone } };
        var umkm = await driver.MappedAsync(registration, "halal");
        var mentor = await driver.SelectedMentorAsync();
        var round = await driver.OpenRoundAsync([mentor], [umkm]);
        ProgrammeDriver.Accepted(await driver.Round(round).PickAsync(mentor, umkm, Samples.Staff));
        ProgrammeDriver.Accepted(await driver.Round(round).DecideAsync(new PanelDecision(umkm, Samples.Round().Panel[0], Approve: false), Samples.Because($"pemilik belum bisa dihubungi di {spaced}")));
        Assert.Contains(spaced, (await driver.Round(round).GetAsync())!.Picks.Single(p => p.UmkmId == umkm).Note, StringComparison.Ordinal);

        ProgrammeDriver.Accepted(await driver.Umkm(umkm).ErasePersonalDataAsync(Samples.Staff));

        var after = (await driver.Round(round).GetAsync())!;
        Assert.DoesNotContain(after.History.Entries, e => $"{e.Detail} {e.Reason}".Contains(phone[4..8], StringComparison.Ordinal));
        Assert.Equal("pemilik belum bisa dihubungi di [erased]", after.Picks.Single(p => p.UmkmId == umkm).Note);
    }

    private async Task<IReadOnlyList<string>> StoredTextsAsync()
    {
        var table = new GrainStateTable(await Azurite.ConnectionStringAsync(), fixture.Cluster.Options.ServiceId);
        return [.. (await table.EntitiesAsync()).Select(e => string.Concat(e.Select(p => p.Value).OfType<string>()))];
    }

    private async Task<IReadOnlyList<string>> NudgeTextsAsync(string umkm)
    {
        var page = await fixture.Grains.GetGrain<INudgeOutboxGrain>(Samples.Kecamatan).QueryAsync(new NudgeQuery { Take = 100_000 });
        return [.. page.Items.Where(n => n.UmkmId == umkm).Select(Snapshot.Of)];
    }
}
