using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KakakAsuh.Domain.ReferenceData;
using KakakAsuh.Tests.Infrastructure;

namespace KakakAsuh.Tests.Privacy;

/// <summary>
/// Free texts people write (reasons, notes) over HTTP: in full for staff of the area and the UMKM's own mentor,
/// redacted for district heads and in their CSVs; an erasure keeps its purpose out of the history and removes the
/// UMKM's stored idempotent answers.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class FreeTextApiTests(ApiFixture api)
{
    private const string Purpose = "Permintaan penghapusan data oleh pemilik (UU PDP pasal 8)";

    private readonly HttpClient staff = api.Client(Tokens.For("staff", "budi"));
    private readonly HttpClient head = api.Client(Tokens.For("district-head", "camat-tambora", wilayah: Samples.Kecamatan));
    private readonly HttpClient officer = api.Client(Tokens.For("staff", "pejabat-pdp", personalData: true));

    private static UmkmRegistration UniqueOwner() => Samples.Registration() with
    {
        Profile = Samples.Registration().Profile with
        {
            OwnerName = $"Hendra Gunawan {Guid.NewGuid():N}"[..22],
            Phone = $"0815{Random.Shared.Next(10_000_000, 99_999_999)}",
        },
    };

    private static string Spaced(string phone) => $"+62 {phone[1..4]}-{phone[4..8]}-{phone[8..]}";

    [Fact]
    public async Task StepNotes_AreInFullForStaffOfTheArea_AndRedactedForDistrictHeadsAndTheirCsv()
    {
        var registration = UniqueOwner();
        var owner = registration.Profile;
        var (umkm, _) = await new ProgrammeDriver(api.Grains).MentoringAsync(registration, "halal");
        var grain = api.Grains.GetGrain<IUmkmGrain>(umkm);
        foreach (var step in new[] { "sihalal-account", "verification-visit" })
        {
            ProgrammeDriver.Accepted(await grain.StartStepAsync("halal", step, Samples.Staff));
            ProgrammeDriver.Accepted(await grain.CompleteStepAsync("halal", step, null, Samples.Staff));
        }
        ProgrammeDriver.Accepted(await grain.StartStepAsync("halal", "lp3h-check", Samples.Staff));
        var note = $"komposisi belum lengkap, hubungi {owner.OwnerName} di {Spaced(owner.Phone!)}";
        ProgrammeDriver.Accepted(await grain.ReturnStepAsync("halal", "lp3h-check", Samples.Because(note)));
        var fixBy = (await grain.GetAsync())!.Plan[0].Steps[2].DueOn!.Value;
        var target = new DateTimeOffset(fixBy.AddDays(1).ToDateTime(new TimeOnly(9, 0)), WorkingCalendar.JakartaOffset);
        if (target > api.Time.GetUtcNow())
        {
            api.Time.Advance(target - api.Time.GetUtcNow());
        }

        var own = await staff.GetStringAsync($"/api/umkm/{umkm}/overdue");
        Assert.Contains(note, own, StringComparison.Ordinal);
        var full = await staff.GetStringAsync($"/api/umkm/{umkm}");
        Assert.Contains(note, JsonDocument.Parse(full).RootElement.GetProperty("plan").GetRawText(), StringComparison.Ordinal);

        var csv = await head.GetStringAsync($"/api/areas/{Samples.Kelurahan}/overdue.csv");
        var page = await head.GetStringAsync($"/api/areas/{Samples.Kelurahan}/overdue?pageSize=200");
        var worklist = await head.GetStringAsync($"/api/areas/{Samples.Kelurahan}/worklist?pageSize=200");
        foreach (var answer in new[] { csv, page, worklist })
        {
            Assert.Contains(umkm, answer, StringComparison.Ordinal);
            Assert.DoesNotContain(owner.Phone![4..8], answer, StringComparison.Ordinal);
            Assert.DoesNotContain(owner.OwnerName, answer, StringComparison.Ordinal);
        }
        Assert.Contains("komposisi belum lengkap, hubungi [name] di [phone]", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Erasure_RecordsThatItHappened_WithThePurposeInTheAccessLogOnly()
    {
        var (umkm, _) = await new ProgrammeDriver(api.Grains).MentoringAsync(UniqueOwner(), "qris");

        var erased = await officer.SendAsync(Delete(umkm, $"{Purpose}, nomor lama 0812-9999-0000"));

        Assert.Equal(HttpStatusCode.OK, erased.StatusCode);
        var last = (await api.Grains.GetGrain<IUmkmGrain>(umkm).GetAsync())!.History.Entries[^1];
        Assert.Equal(("erase-personal-data", "staff:pejabat-pdp", null), (last.Action, last.Actor, last.Reason));
        var log = await api.Client(Tokens.For("admin", "root")).GetStringAsync($"/api/privacy/access-log?umkmId={umkm}&action=erase");
        Assert.Contains(Purpose, log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Erasure_RemovesTheUmkmsStoredIdempotentAnswers()
    {
        var (umkm, _) = await new ProgrammeDriver(api.Grains).MentoringAsync(UniqueOwner(), "qris");
        HttpRequestMessage Withdraw()
        {
            var request = new HttpRequestMessage(HttpMethod.Post, $"/api/umkm/{umkm}/withdraw") { Content = JsonContent.Create(new { reason = "pindah usaha ke luar kota" }) };
            request.Headers.Add("Idempotency-Key", $"withdraw-{umkm}");
            return request;
        }
        Assert.Equal(HttpStatusCode.OK, (await staff.SendAsync(Withdraw())).StatusCode);
        Assert.True((await staff.SendAsync(Withdraw())).Headers.Contains("Idempotent-Replayed"));

        Assert.Equal(HttpStatusCode.OK, (await officer.SendAsync(Delete(umkm, Purpose))).StatusCode);

        var after = await staff.SendAsync(Withdraw());
        Assert.False(after.Headers.Contains("Idempotent-Replayed"), "The withdrawal's stored answer outlived the erasure.");
    }

    private static HttpRequestMessage Delete(string umkm, string purpose)
    {
        var request = new HttpRequestMessage(HttpMethod.Delete, $"/api/umkm/{umkm}/personal-data");
        request.Headers.Add("X-Access-Purpose", purpose);
        return request;
    }
}
