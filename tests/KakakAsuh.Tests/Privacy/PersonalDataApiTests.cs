using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KakakAsuh.Summaries;
using KakakAsuh.Tests.Infrastructure;

namespace KakakAsuh.Tests.Privacy;

/// <summary>
/// Who sees an owner's name, NIK and phone over HTTP: masked by default for every role, in full only for a named
/// officer (claim <c>pdp_access</c>) who states a purpose, and then written to the access log that admins read;
/// and the data-subject requests: export, correction, erasure.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class PersonalDataApiTests(ApiFixture api)
{
    private const string Purpose = "Verifikasi data pemilik atas permintaan tertulis pemilik";

    private readonly HttpClient staff = api.Client(Tokens.For("staff", "budi"));
    private readonly HttpClient officer = api.Client(Tokens.For("staff", "pejabat-pdp", personalData: true));
    private readonly HttpClient admin = api.Client(Tokens.For("admin", "root"));

    /// <summary>A UMKM in mentoring whose owner data appears nowhere else in the cluster.</summary>
    private async Task<(string Umkm, string Mentor, UmkmProfile Owner)> UniqueOwnerAsync()
    {
        var serial = Random.Shared.Next(1, 9999);
        var registration = Samples.Registration() with
        {
            Profile = Samples.Registration().Profile with
            {
                OwnerName = $"Ratna Hasibuan {Guid.NewGuid():N}"[..24],
                Nik = $"317304450185{serial:0000}",
                Phone = $"0813{Random.Shared.Next(10_000_000, 99_999_999)}",
            },
        };
        var (umkm, mentor) = await new ProgrammeDriver(api.Grains).MentoringAsync(registration, "qris", "bazaar");
        return (umkm, mentor, registration.Profile);
    }

    private static HttpRequestMessage WithPurpose(HttpMethod method, string path, string? purpose = Purpose, object? body = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        if (purpose is not null)
        {
            request.Headers.Add("X-Access-Purpose", purpose);
        }
        return request;
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static JsonElement Profile(JsonElement umkm) => umkm.GetProperty("profile");

    [Fact]
    public async Task AnswersCarryingOwnerData_FullReadsExportsAndCsvs_AreNotStoredByAnyCache()
    {
        var (umkm, mentor, owner) = await UniqueOwnerAsync();
        var mentorClient = api.Client(Tokens.For("mentor", "kakak", mentorId: mentor));

        var answers = new[]
        {
            await officer.SendAsync(WithPurpose(HttpMethod.Get, $"/api/umkm/{umkm}")),
            await officer.SendAsync(WithPurpose(HttpMethod.Get, $"/api/umkm/{umkm}/personal-data")),
            await staff.GetAsync($"/api/umkm/{umkm}"),
            await mentorClient.GetAsync($"/api/mentors/{mentor}/mentees.csv"),
            await staff.GetAsync($"/api/areas/{Samples.Kecamatan}/overdue.csv"),
        };

        Assert.Contains(owner.Nik!, await answers[0].Content.ReadAsStringAsync(), StringComparison.Ordinal);
        foreach (var answer in answers)
        {
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            Assert.True(answer.Headers.CacheControl?.NoStore, $"{answer.RequestMessage!.RequestUri!.PathAndQuery} lacks Cache-Control: no-store.");
        }
    }

    [Fact]
    public async Task Reads_MaskNikAndPhoneForEveryRole_AndTheNameForAllButStaffAndTheOwnMentor()
    {
        var (umkm, mentor, owner) = await UniqueOwnerAsync();
        var maskedNik = new string('*', 12) + owner.Nik![^4..];

        foreach (var reader in new[] { staff, officer, api.Client(Tokens.For("mentor", "kakak", mentorId: mentor)) })
        {
            var response = await reader.GetAsync($"/api/umkm/{umkm}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("masked", response.Headers.GetValues("X-Personal-Data").Single());
            var profile = Profile(await JsonAsync(response));
            Assert.Equal(maskedNik, profile.GetProperty("nik").GetString());
            Assert.Equal(owner.Phone![..4] + new string('*', owner.Phone.Length - 7) + owner.Phone[^3..], profile.GetProperty("phone").GetString());
            Assert.Equal(owner.OwnerName, profile.GetProperty("ownerName").GetString());
        }

        // A command's answer is stored for idempotent replays: masked, the owner's name too, even for staff.
        var answer = await staff.PostAsync($"/api/umkm/{umkm}/steps/bazaar/product-curation/start", null);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var answered = Profile(await JsonAsync(answer));
        Assert.DoesNotContain(owner.OwnerName, answered.GetRawText());
        Assert.StartsWith("R**** H******* ", answered.GetProperty("ownerName").GetString());
        Assert.Equal(maskedNik, answered.GetProperty("nik").GetString());
    }

    [Fact]
    public async Task UnmaskedRead_NeedsTheRightAndAPurpose_AndIsInTheAccessLogOnlyAdminsRead()
    {
        var (umkm, _, owner) = await UniqueOwnerAsync();

        var withoutRight = await staff.SendAsync(WithPurpose(HttpMethod.Get, $"/api/umkm/{umkm}"));
        Assert.Equal(HttpStatusCode.Forbidden, withoutRight.StatusCode);
        var vaguePurpose = await officer.SendAsync(WithPurpose(HttpMethod.Get, $"/api/umkm/{umkm}", purpose: "cek"));
        Assert.Equal(HttpStatusCode.BadRequest, vaguePurpose.StatusCode);

        var full = await officer.SendAsync(WithPurpose(HttpMethod.Get, $"/api/umkm/{umkm}"));
        Assert.Equal(HttpStatusCode.OK, full.StatusCode);
        Assert.Equal("full", full.Headers.GetValues("X-Personal-Data").Single());
        var profile = Profile(await JsonAsync(full));
        Assert.Equal(owner.Nik, profile.GetProperty("nik").GetString());
        Assert.Equal(owner.Phone, profile.GetProperty("phone").GetString());

        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync($"/api/privacy/access-log?umkmId={umkm}")).StatusCode);
        var log = await JsonAsync(await admin.GetAsync($"/api/privacy/access-log?umkmId={umkm}"));
        var entry = Assert.Single(log.GetProperty("items").EnumerateArray());
        Assert.Equal("staff:pejabat-pdp", entry.GetProperty("actor").GetString());
        Assert.Equal("read", entry.GetProperty("action").GetString());
        Assert.Equal(Purpose, entry.GetProperty("purpose").GetString());
        Assert.Equal(["ownerName", "nik", "phone"], entry.GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal(api.Time.GetUtcNow(), entry.GetProperty("at").GetDateTimeOffset());
    }

    [Fact]
    public async Task Export_IsMachineReadable_AndNeedsTheRightAndAPurpose()
    {
        var (umkm, _, owner) = await UniqueOwnerAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.SendAsync(WithPurpose(HttpMethod.Get, $"/api/umkm/{umkm}/personal-data"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await officer.GetAsync($"/api/umkm/{umkm}/personal-data")).StatusCode);

        var export = await officer.SendAsync(WithPurpose(HttpMethod.Get, $"/api/umkm/{umkm}/personal-data"));
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/json", export.Content.Headers.ContentType?.MediaType);
        var body = await JsonAsync(export);
        Assert.Equal(owner.Nik, body.GetProperty("owner").GetProperty("nik").GetString());
        Assert.Equal(owner.OwnerName, body.GetProperty("owner").GetProperty("name").GetString());
        Assert.True(body.GetProperty("history").GetArrayLength() > 0);
        var log = await JsonAsync(await admin.GetAsync($"/api/privacy/access-log?umkmId={umkm}&action=export"));
        Assert.Equal(1, log.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Correction_IsCheckedByTheRegistrationRules_AndTheHistoryNamesFieldsNotValues()
    {
        var (umkm, _, owner) = await UniqueOwnerAsync();
        var invalid = await officer.SendAsync(WithPurpose(HttpMethod.Put, $"/api/umkm/{umkm}/personal-data", body: new { phone = "12345", nik = "9999999999999999" }));
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var errors = (await JsonAsync(invalid)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("phone", out _));
        Assert.True(errors.TryGetProperty("nik", out _));

        var newPhone = $"0857{Random.Shared.Next(10_000_000, 99_999_999)}";
        var corrected = await officer.SendAsync(WithPurpose(HttpMethod.Put, $"/api/umkm/{umkm}/personal-data", body: new { phone = newPhone }));
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);

        var state = (await api.Grains.GetGrain<IUmkmGrain>(umkm).GetAsync())!;
        Assert.Equal(newPhone, state.Profile.Phone);
        Assert.Equal(owner.Nik, state.Profile.Nik);
        var last = state.History.Entries[^1];
        Assert.Equal(("correct-personal-data", "personal data corrected: phone"), (last.Action, last.Detail));
        Assert.DoesNotContain(newPhone, Snapshot.Of(state.History));
        var log = await JsonAsync(await admin.GetAsync($"/api/privacy/access-log?umkmId={umkm}&action=correct"));
        Assert.Equal(["phone"], Assert.Single(log.GetProperty("items").EnumerateArray()).GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
    }

    [Fact]
    public async Task Erasure_AnonymisesTheOwnerEverywhereStored_AndKeepsTheBusinessAndEverySummary()
    {
        var (umkm, _, owner) = await UniqueOwnerAsync();
        // Free texts may repeat personal data: a skip reason naming the owner and the phone.
        var skip = await staff.PostAsJsonAsync($"/api/umkm/{umkm}/steps/bazaar/product-curation/skip", new { reason = $"{owner.OwnerName} ({owner.Phone}) sells online only" });
        Assert.Equal(HttpStatusCode.OK, skip.StatusCode);
        var table = new GrainStateTable(await Azurite.ConnectionStringAsync(), api.ServiceId);
        var kelurahan = Samples.Kelurahan;
        Assert.Contains(await StoredTextsAsync(table), t => t.Contains(owner.Nik!, StringComparison.Ordinal));
        var before = await SettledCountsAsync(kelurahan);
        var business = (await api.Grains.GetGrain<IUmkmGrain>(umkm).GetAsync())!;

        var erased = await officer.SendAsync(WithPurpose(HttpMethod.Delete, $"/api/umkm/{umkm}/personal-data", "Permintaan penghapusan data oleh pemilik (UU PDP pasal 8)"));
        Assert.Equal(HttpStatusCode.OK, erased.StatusCode);
        Assert.Equal("[erased]", Profile(await JsonAsync(erased)).GetProperty("ownerName").GetString());

        var state = (await api.Grains.GetGrain<IUmkmGrain>(umkm).GetAsync())!;
        Assert.Equal(new UmkmProfile { BusinessName = business.Profile.BusinessName, OwnerName = "[erased]", Kbli = business.Profile.Kbli, Sector = business.Profile.Sector, KelurahanCode = kelurahan }, state.Profile);
        Assert.Equal((business.Status, Snapshot.Of(business.Holdings), business.MentorId), (state.Status, Snapshot.Of(state.Holdings), state.MentorId));
        Assert.Equal(business.History.Total + 1, state.History.Total);
        Assert.Contains("[erased]", state.Plan.Single(t => t.Track == "bazaar").Steps[0].Note);
        // Nowhere in storage: not the UMKM's state or history, nor any outbox, access log or idempotency record.
        foreach (var value in new[] { owner.OwnerName, owner.Nik!, owner.Phone! })
        {
            Assert.DoesNotContain(await StoredTextsAsync(table), t => t.Contains(value, StringComparison.OrdinalIgnoreCase));
        }
        Assert.Equal(before, await SettledCountsAsync(kelurahan));

        var again = await officer.SendAsync(WithPurpose(HttpMethod.Delete, $"/api/umkm/{umkm}/personal-data"));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var correct = await officer.SendAsync(WithPurpose(HttpMethod.Put, $"/api/umkm/{umkm}/personal-data", body: new { ownerName = "Someone Else" }));
        Assert.Equal(HttpStatusCode.Conflict, correct.StatusCode);
        var log = await JsonAsync(await admin.GetAsync($"/api/privacy/access-log?umkmId={umkm}&action=erase"));
        Assert.Equal(2, log.GetProperty("total").GetInt32());
    }

    /// <summary>The texts of every grain state of the API's service and of every nudge row.</summary>
    private async Task<IReadOnlyList<string>> StoredTextsAsync(GrainStateTable table) =>
        [.. (await table.EntitiesAsync()).Concat(await new NudgeRows(await Azurite.ConnectionStringAsync(), api.ServiceId).EntitiesAsync())
            .Select(e => string.Concat(e.OrderBy(p => p.Key.Length).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value as string)))];

    /// <summary>The counts of the kelurahan, its kecamatan and the city once no report is in flight.</summary>
    private async Task<string> SettledCountsAsync(string kelurahan)
    {
        var codes = new[] { kelurahan, Samples.Kecamatan, "31.73" };
        async Task<string> ReadAsync() => Snapshot.Of(await Task.WhenAll(codes.Select(async c =>
            new SortedDictionary<string, long>((await api.Grains.GetGrain<IAreaSummaryGrain>(c).GetAsync()).Counts.ToDictionary(k => k.Key, k => k.Value)))));
        var last = await ReadAsync();
        while (true)
        {
            await Task.Delay(600);
            var now = await ReadAsync();
            if (now == last)
            {
                return now;
            }
            last = now;
        }
    }
}
