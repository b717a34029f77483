using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using KakakAsuh.Tests.Infrastructure;

namespace KakakAsuh.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class ApiWorkflowTests(ApiFixture api)
{
    private readonly HttpClient staff = api.Client(Tokens.For("staff", "budi"));

    private static object Registration(string? id = null, string kelurahan = "31.73.05.1002", string? nib = "9120001234567") => new
    {
        id,
        businessName = "Kue Basah Bu Ani",
        ownerName = "Ani Rahayu",
        nik = "3173054501850001",
        phone = "081298765432",
        kbli = "10710",
        sector = "Roti dan kue",
        kelurahanCode = kelurahan,
        nib,
        qris = true,
    };

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task Register_ThenGet_ReturnsTheUmkm()
    {
        var created = await staff.PostAsJsonAsync("/api/umkm", Registration());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await JsonAsync(created)).GetProperty("id").GetString();
        Assert.Equal($"/api/umkm/{id}", created.Headers.Location?.ToString());

        var body = await JsonAsync(await staff.GetAsync($"/api/umkm/{id}"));
        Assert.Equal("Registered", body.GetProperty("status").GetString());
        Assert.Equal("Kue Basah Bu Ani", body.GetProperty("profile").GetProperty("businessName").GetString());
        Assert.Equal("staff:budi", body.GetProperty("history").GetProperty("entries")[0].GetProperty("actor").GetString());
    }

    [Fact]
    public async Task Register_WithBadFields_Is400WithEveryFieldError_AndNothingIsStored()
    {
        var id = Keys.New("umkm");
        var response = await staff.PostAsJsonAsync("/api/umkm", new { id, businessName = "", ownerName = "X", kbli = "1", sector = "Makanan", kelurahanCode = "31.73.05.1002", nib = "123" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await JsonAsync(response);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("businessName", out _));
        Assert.True(errors.TryGetProperty("kbli", out _));
        Assert.True(errors.TryGetProperty("nib", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/api/umkm/{id}")).StatusCode);
    }

    [Fact]
    public async Task RefusedTransition_Is409WithTheRulesReason()
    {
        var response = await staff.PostAsync($"/api/umkm/{api.TamboraUmkm}/steps/qris/qris-active/start", null);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await JsonAsync(response);
        Assert.Equal("step-out-of-order", problem.GetProperty("code").GetString());
        Assert.Contains("provider-registration", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task UnknownUmkm_Is404ProblemDetails()
    {
        var response = await staff.GetAsync("/api/umkm/NO-SUCH-UMKM");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("NO-SUCH-UMKM", (await JsonAsync(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task RetriedCommand_WithTheSameIdempotencyKey_TakesEffectOnce()
    {
        var id = Keys.New("umkm");
        var key = Guid.NewGuid().ToString();
        HttpRequestMessage Request(object body) => new(HttpMethod.Post, "/api/umkm")
        {
            Content = JsonContent.Create(body),
            Headers = { { "Idempotency-Key", key } },
        };

        var first = await staff.SendAsync(Request(Registration(id)));
        var retry = await staff.SendAsync(Request(Registration(id)));
        var misuse = await staff.SendAsync(Request(Registration(Keys.New("umkm"))));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        Assert.True(retry.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, misuse.StatusCode);
        var state = await JsonAsync(await staff.GetAsync($"/api/umkm/{id}"));
        Assert.Equal(1, state.GetProperty("history").GetProperty("total").GetInt32());
    }

    [Theory]
    // The same person with a token scoped to Cengkareng: the stored answer depended on the city-wide scope.
    [InlineData("budi", null, "budi", "31.73.01", "")]
    // Another subject whose name and key join to the same text as the first's.
    [InlineData("budi|x", null, "budi", null, "x|")]
    public async Task RetriedCommand_ByAnotherCallerOrScope_IsNotServedTheStoredAnswer(string firstName, string? firstArea, string secondName, string? secondArea, string keyPrefix)
    {
        var id = Keys.New("umkm");
        var key = Guid.NewGuid().ToString();
        HttpRequestMessage Request(string idempotencyKey) => new(HttpMethod.Post, "/api/umkm")
        {
            Content = JsonContent.Create(Registration(id)),
            Headers = { { "Idempotency-Key", idempotencyKey } },
        };

        var first = await api.Client(Tokens.For("staff", firstName, wilayah: firstArea)).SendAsync(Request(key));
        var second = await api.Client(Tokens.For("staff", secondName, wilayah: secondArea)).SendAsync(Request(keyPrefix + key));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.False(second.Headers.Contains("Idempotent-Replayed"), "The second caller was served the first one's stored answer.");
        Assert.NotEqual(HttpStatusCode.Created, second.StatusCode);
    }

    [Fact]
    public async Task CsvImport_ReportsEachRow_AndARefusedRowChangesNothing()
    {
        var good = Keys.New("umkm");
        var badNib = Keys.New("umkm");
        var badQris = Keys.New("umkm");
        var csv = $"""
            id,businessName,ownerName,nik,phone,kbli,sector,kelurahanCode,nib,qris
            {good},Sambal Mbak Tini,Tini Lestari,,081311112222,10792,Makanan ringan,31.73.05.1002,,ya
            {badNib},Keripik Pak Udin,Udin Saputra,,,10792,Makanan ringan,31.73.05.1002,12345,tidak
            {badQris},Batik Mawar,Rina Wijaya,,,13134,Batik,31.73.05.1002,,mungkin
            """;
        var response = await staff.PostAsync("/api/umkm/import", new StringContent(csv, Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await JsonAsync(response);
        Assert.Equal(1, report.GetProperty("registered").GetInt32());
        var rows = report.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(["registered", "refused", "refused"], rows.Select(r => r.GetProperty("outcome").GetString()));
        Assert.True(rows[1].GetProperty("errors").TryGetProperty("nib", out _));
        Assert.True(rows[2].GetProperty("errors").TryGetProperty("qris", out _));
        Assert.DoesNotContain("mungkin", rows[2].GetRawText());
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"/api/umkm/{good}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/api/umkm/{badNib}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/api/umkm/{badQris}")).StatusCode);
    }

    [Fact]
    public async Task CsvImport_ReportNamesFieldsAndRulesNeverValues_AndAnotherAreasIdIsNotFound()
    {
        const string nik = "3173015203900007";
        var elsewhere = Keys.New("umkm");
        var own = Keys.New("umkm");
        Assert.True((await api.Grains.GetGrain<IUmkmGrain>(elsewhere).RegisterAsync(Samples.Registration(kelurahan: "31.73.05.1002"), Samples.Staff)).Accepted);
        Assert.True((await api.Grains.GetGrain<IUmkmGrain>(own).RegisterAsync(Samples.Registration(kelurahan: "31.73.01.1002"), Samples.Staff)).Accepted);
        // Shifted columns put the owner's NIK where the kelurahan, the qris flag and the id belong.
        var csv = $"""
            id,businessName,ownerName,nik,phone,kbli,sector,kelurahanCode,nib,qris
            ,Sambal Mbak Tini,Tini Lestari,,081311112222,10792,Makanan ringan,{nik},,ya
            ,Sambal Mbak Tini,Tini Lestari,,081311112222,10792,Makanan ringan,31.73.01.1002,,{nik}
            {nik},Sambal Mbak Tini,Tini Lestari,,081311112222,1079,Makanan ringan,31.73.01.1002,,ya
            {elsewhere},Keripik Pak Udin,Udin Saputra,,,10792,Makanan ringan,31.73.01.1002,,tidak
            {own},Keripik Pak Udin,Udin Saputra,,,10792,Makanan ringan,31.73.01.1002,,tidak
            """;
        var cengkareng = api.Client(Tokens.For("staff", "sri", wilayah: "31.73.01"));
        var response = await cengkareng.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/umkm/import")
        {
            Content = new StringContent(csv, Encoding.UTF8, "text/csv"),
            Headers = { { "Idempotency-Key", Guid.NewGuid().ToString() } },
        });
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(nik, body, StringComparison.Ordinal);
        var rows = (await JsonAsync(response)).GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(["refused", "refused", "refused", "not-found", "exists"], rows.Select(r => r.GetProperty("outcome").GetString()));
        Assert.True(rows[0].GetProperty("errors").TryGetProperty("kelurahanCode", out _));
        Assert.True(rows[1].GetProperty("errors").TryGetProperty("qris", out _));
        Assert.True(rows[2].GetProperty("errors").TryGetProperty("kbli", out _));
        Assert.DoesNotContain(elsewhere, rows[3].GetRawText(), StringComparison.Ordinal);
        Assert.Equal(own, rows[4].GetProperty("id").GetString());
    }

    [Fact]
    public async Task WholeWorkflow_OverHttp_FromRegistrationToAStepDone_ShowsInTheSummaryAndLists()
    {
        const string kelurahan = "31.73.08.1004";
        var before = (await JsonAsync(await staff.GetAsync($"/api/kelurahan/{kelurahan}/summary"))).GetProperty("menteesInMentoring").GetInt64();
        var umkm = (await JsonAsync(await staff.PostAsJsonAsync("/api/umkm", Registration(kelurahan: kelurahan)))).GetProperty("id").GetString()!;
        await Ok(staff.PostAsJsonAsync($"/api/umkm/{umkm}/needs", new { tracks = new[] { "halal", "bazaar" } }));
        var mentor = (await JsonAsync(await staff.PostAsJsonAsync("/api/mentors", new { id = Keys.New("mentor"), name = "Kopi Kembangan", kecamatanCode = "31.73.08", capacity = 5 }))).GetProperty("id").GetString()!;
        await Ok(staff.PostAsJsonAsync($"/api/mentors/{mentor}/select", new { reason = "Lolos seleksi" }));
        var round = (await JsonAsync(await staff.PostAsJsonAsync("/api/rounds", new { id = Keys.New("round"), date = "2024-10-24", scopeCode = "31.73.08", panel = new[] { "Dr. Ratna" } }))).GetProperty("id").GetString()!;
        await Ok(staff.PostAsJsonAsync($"/api/rounds/{round}/mentors", new { mentorId = mentor }));
        await Ok(staff.PostAsJsonAsync($"/api/rounds/{round}/mentees", new { umkmId = umkm }));
        await Ok(staff.PostAsJsonAsync($"/api/rounds/{round}/picks", new { mentorId = mentor, umkmId = umkm }));
        await Ok(staff.PostAsJsonAsync($"/api/rounds/{round}/decisions", new { umkmId = umkm, panelMember = "Dr. Ratna", approve = true }));
        await Ok(staff.PostAsync($"/api/rounds/{round}/close", null));
        await Ok(staff.PostAsync($"/api/umkm/{umkm}/mentoring", null));
        var mentorClient = api.Client(Tokens.For("mentor", "kopi", mentorId: mentor));
        await Ok(mentorClient.PostAsync($"/api/umkm/{umkm}/steps/halal/sihalal-account/start", null));
        await Ok(mentorClient.PostAsJsonAsync($"/api/umkm/{umkm}/steps/halal/sihalal-account/complete", new { }));

        var summary = await Eventually.MatchesAsync(
            async () => await JsonAsync(await staff.GetAsync($"/api/kelurahan/{kelurahan}/summary")),
            s => s.GetProperty("menteesInMentoring").GetInt64() == before + 1);
        Assert.Equal(before + 1, summary.GetProperty("menteesInMentoring").GetInt64());
        var list = await JsonAsync(await staff.GetAsync($"/api/umkm?kelurahan={kelurahan}&status=mentoring&track=halal&pageSize=200"));
        Assert.Contains(list.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetString() == umkm);
        var mentorView = await JsonAsync(await mentorClient.GetAsync($"/api/mentors/{mentor}"));
        var progress = mentorView.GetProperty("mentees")[0];
        Assert.Equal((1, 8), (progress.GetProperty("stepsDone").GetInt32(), progress.GetProperty("stepsTotal").GetInt32()));
    }

    [Fact]
    public async Task OverdueSteps_AreListedWithAPlainReason()
    {
        const string kelurahan = "31.73.04.1001";
        api.Time.Advance(TimeSpan.FromDays(30));
        var page = await JsonAsync(await api.Client(Tokens.For("district-head", wilayah: "31.73.04")).GetAsync($"/api/areas/{kelurahan}/overdue"));
        var step = page.GetProperty("items").EnumerateArray().First(s => s.GetProperty("umkmId").GetString() == api.TamboraUmkm);
        Assert.Equal("qris", step.GetProperty("track").GetString());
        Assert.Contains("was due on", step.GetProperty("reason").GetString());
        Assert.True(step.GetProperty("workingDaysOverdue").GetInt32() > 0);
        var own = await JsonAsync(await staff.GetAsync($"/api/umkm/{api.TamboraUmkm}/overdue"));
        Assert.Contains(own.EnumerateArray(), s => s.GetProperty("step").GetString() == step.GetProperty("step").GetString());
    }

    [Fact]
    public async Task CsvExports_AreCsvWithAHeader()
    {
        var summary = await staff.GetAsync("/api/areas/31.73/summary.csv");
        Assert.Equal("text/csv", summary.Content.Headers.ContentType?.MediaType);
        var lines = (await summary.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Code,Name,Level,UmkmTotal", lines[0]);
        Assert.Equal(1 + 1 + 8, lines.Length);

        var mentees = await (await staff.GetAsync($"/api/mentors/{api.TamboraMentor}/mentees.csv")).Content.ReadAsStringAsync();
        Assert.Contains(api.TamboraUmkm, mentees);
    }

    [Fact]
    public async Task SummaryAsOfADate_BeforeAnyRecord_Is404_AndTodayAnswers()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync("/api/city/summary?asOf=2001-01-01")).StatusCode);
        var today = KakakAsuh.Domain.ReferenceData.WorkingCalendar.Today(api.Time);
        async Task<long> RecordedUmkmAsync()
        {
            var response = await staff.GetAsync($"/api/city/summary?asOf={today:yyyy-MM-dd}");
            return response.IsSuccessStatusCode ? (await JsonAsync(response)).GetProperty("umkmTotal").GetInt64() : -1;
        }
        Assert.True(await Eventually.MatchesAsync(RecordedUmkmAsync, n => n > 0) > 0, "today's snapshot counts the UMKM");
        var history = await JsonAsync(await staff.GetAsync("/api/areas/31.73/history"));
        Assert.True(history.GetArrayLength() >= 1);
    }

    [Fact]
    public async Task NudgeFeed_ShowsTheMentorItsNudges_AndAcknowledgementMarksThem()
    {
        // Overdue: the mentor is nudged; a week later, still overdue, staff are.
        api.Time.Advance(TimeSpan.FromDays(20));
        await new ProgrammeDriver(api.Grains).TickAsync(api.TamboraUmkm);
        api.Time.Advance(TimeSpan.FromDays(7));
        await new ProgrammeDriver(api.Grains).TickAsync(api.TamboraUmkm);
        var mentor = api.Client(Tokens.For("mentor", "rumah-tama", mentorId: api.TamboraMentor));

        var feed = await JsonAsync(await mentor.GetAsync("/api/nudges?unacknowledged=true"));
        var nudge = feed.GetProperty("items").EnumerateArray().First(n => n.GetProperty("umkmId").GetString() == api.TamboraUmkm);
        Assert.Equal("Mentor", nudge.GetProperty("rung").GetString());
        Assert.Contains("was due on", nudge.GetProperty("reason").GetString());
        var staffFeed = await JsonAsync(await staff.GetAsync("/api/nudges"));
        Assert.NotEmpty(staffFeed.GetProperty("items").EnumerateArray());
        Assert.All(staffFeed.GetProperty("items").EnumerateArray(), n => Assert.Equal("Staff", n.GetProperty("rung").GetString()));

        var id = nudge.GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.NotFound, (await staff.PostAsync($"/api/nudges/{Uri.EscapeDataString(id)}/ack", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await mentor.PostAsync($"/api/nudges/{Uri.EscapeDataString(id)}/ack", null)).StatusCode);
        var after = await JsonAsync(await mentor.GetAsync("/api/nudges?unacknowledged=true"));
        Assert.DoesNotContain(after.GetProperty("items").EnumerateArray(), n => n.GetProperty("id").GetString() == id);
    }

    [Fact]
    public async Task ListPaging_OutOfRange_Is400()
    {
        var response = await staff.GetAsync("/api/umkm?pageSize=1000");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await JsonAsync(response)).GetProperty("errors").TryGetProperty("pageSize", out _));
    }

    private static async Task Ok(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
