using KakakAsuh.Privacy;
using KakakAsuh.Tests.Infrastructure;

namespace KakakAsuh.Tests.Privacy;

/// <summary>A busy day's access log keeps every entry: it never outgrows what one stored record can hold.</summary>
[Collection(ClusterCollection.Name)]
public sealed class AccessLogVolumeTests(ClusterFixture fixture)
{
    [Fact]
    public async Task ADayOfTwoThousandEntries_KeepsEveryOne_PastWhatOneGrainStateHolds()
    {
        // A day of its own, far from the days other tests log on.
        var day = new DateOnly(2100, 1, 1).AddDays(Random.Shared.Next(36_500));
        var log = fixture.Grains.GetGrain<IAccessLogGrain>(IAccessLogGrain.KeyFor(day));
        // A purpose as officers write them, about 200 characters: a day of 2,000 such entries is past what one grain state holds.
        var purpose = "Verifikasi data pemilik untuk pengajuan NIB di OSS-RBA dan pendaftaran sertifikat halal jalur self-declare di SIHALAL; "
            + "dicocokkan dengan berkas pendamping PPH sebelum kunjungan verifikasi lapangan.";
        var at = new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(7));
        for (var batch = 0; batch < 2_000; batch += 50)
        {
            await Task.WhenAll(Enumerable.Range(batch, 50).Select(i => log.RecordAsync(new AccessLogEntry
            {
                At = at.AddSeconds(i), Actor = "staff:officer", UmkmId = $"UMKM-{i:D5}", Fields = ["nik", "phone"], Action = "read", Purpose = purpose,
            })));
        }

        Assert.Equal(2_000, (await log.QueryAsync(new AccessLogQuery())).Count);
        Assert.Single(await log.QueryAsync(new AccessLogQuery { UmkmId = "UMKM-01999" }));
    }
}
