using KakakAsuh.Nudges;
using KakakAsuh.Tests.Infrastructure;

namespace KakakAsuh.Tests.Nudges;

/// <summary>The outbox keeps each nudge as one row of the nudge table, written once and read straight from storage.</summary>
[Collection(ClusterCollection.Name)]
public sealed class NudgeTableTests(ClusterFixture fixture)
{
    private static Nudge Sample(string umkm, NudgeRung rung, DateTimeOffset at) => new()
    {
        Id = Nudge.IdFor(Samples.Kecamatan, umkm, "qris", "provider-registration", rung),
        Rung = rung,
        UmkmId = umkm,
        BusinessName = "Warung Uji",
        KelurahanCode = Samples.Kelurahan,
        KecamatanCode = Samples.Kecamatan,
        MentorId = "mentor-uji",
        Track = "qris",
        Step = "provider-registration",
        DueOn = new DateOnly(2024, 11, 4),
        At = at,
        Reason = "Warung Uji: QRIS registration was due on 2024-11-04.",
    };

    private async Task<IReadOnlyList<Azure.Data.Tables.TableEntity>> RowsOfAsync(string umkm) =>
        [.. (await new NudgeRows(await Azurite.ConnectionStringAsync(), fixture.Cluster.Options.ServiceId).EntitiesAsync()).Where(r => r.GetString("UmkmId") == umkm)];

    [Fact]
    public async Task EachNudge_IsOneRow_AndOfferingItAgainStoresNothingNew()
    {
        var umkm = Keys.New("umkm");
        var outbox = fixture.Grains.GetGrain<INudgeOutboxGrain>(Samples.Kecamatan);
        var at = fixture.Time.GetUtcNow();
        var nudges = new[] { Sample(umkm, NudgeRung.Mentor, at), Sample(umkm, NudgeRung.Staff, at.AddHours(1)) };

        await outbox.AddAsync(nudges);
        await outbox.AddAsync([nudges[0] with { Reason = "a second offer of the same nudge" }, nudges[1]]);

        var rows = await RowsOfAsync(umkm);
        Assert.Equal(2, rows.Count);
        var mentorRow = Assert.Single(rows, r => r.GetString("Rung") == "Mentor");
        Assert.Equal((nudges[0].Id, $"{fixture.Cluster.Options.ServiceId}_{Samples.Kecamatan}"), (mentorRow.RowKey, mentorRow.PartitionKey));
        Assert.Equal((nudges[0].Reason, "mentor-uji", Samples.Kelurahan, "2024-11-04", false), (mentorRow.GetString("Reason"), mentorRow.GetString("MentorId"), mentorRow.GetString("KelurahanCode"), mentorRow.GetString("DueOn"), mentorRow.GetBoolean("Acknowledged")));
        Assert.Equal(nudges[0], await outbox.FindAsync(nudges[0].Id));
        var stateRows = await new GrainStateTable(await Azurite.ConnectionStringAsync(), fixture.Cluster.Options.ServiceId).EntitiesAsync();
        Assert.DoesNotContain(stateRows, e => e.PartitionKey.Contains("nudgeoutbox", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Query_PagesNewestFirst_AndFiltersByRungMentorAreaAndAcknowledgement()
    {
        var umkm = Keys.New("umkm");
        var mentor = Keys.New("mentor");
        var outbox = fixture.Grains.GetGrain<INudgeOutboxGrain>(Samples.Kecamatan);
        var at = fixture.Time.GetUtcNow();
        var nudges = Enumerable.Range(0, 5).Select(i => Sample($"{umkm}-{i}", NudgeRung.Mentor, at.AddMinutes(i)) with { MentorId = mentor }).ToList();
        await outbox.AddAsync(nudges);
        Assert.True(await outbox.AcknowledgeAsync(nudges[4].Id, $"mentor:{mentor}"));

        var first = await outbox.QueryAsync(new NudgeQuery { Rung = NudgeRung.Mentor, MentorId = mentor, AreaCode = Samples.Kelurahan, Take = 2 });
        var second = await outbox.QueryAsync(new NudgeQuery { Rung = NudgeRung.Mentor, MentorId = mentor, Skip = 2, Take = 2 });
        var unread = await outbox.QueryAsync(new NudgeQuery { MentorId = mentor, UnacknowledgedOnly = true, Take = 10 });
        var otherRung = await outbox.QueryAsync(new NudgeQuery { Rung = NudgeRung.Staff, MentorId = mentor, Take = 10 });

        Assert.Equal(5, first.Total);
        Assert.Equal([nudges[4].Id, nudges[3].Id], first.Items.Select(n => n.Id));
        Assert.Equal([nudges[2].Id, nudges[1].Id], second.Items.Select(n => n.Id));
        Assert.Equal((4, nudges[3].Id), (unread.Total, unread.Items[0].Id));
        Assert.Equal(0, otherRung.Total);
    }

    [Fact]
    public async Task Acknowledge_KeepsTheFirstReader_AndAnUnknownIdIsNotFound()
    {
        var umkm = Keys.New("umkm");
        var outbox = fixture.Grains.GetGrain<INudgeOutboxGrain>(Samples.Kecamatan);
        var nudge = Sample(umkm, NudgeRung.Mentor, fixture.Time.GetUtcNow());
        await outbox.AddAsync([nudge]);

        Assert.True(await outbox.AcknowledgeAsync(nudge.Id, "mentor:first"));
        Assert.True(await outbox.AcknowledgeAsync(nudge.Id, "mentor:second"));
        Assert.False(await outbox.AcknowledgeAsync(nudge.Id + "x", "mentor:first"));

        var row = Assert.Single(await RowsOfAsync(umkm));
        Assert.Equal(("mentor:first", true), (row.GetString("AcknowledgedBy"), row.GetBoolean("Acknowledged")));
        Assert.Equal("mentor:first", (await outbox.FindAsync(nudge.Id))!.AcknowledgedBy);
    }
}
