using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using KakakAsuh.Mentors;
using KakakAsuh.Nudges;
using KakakAsuh.Summaries;
using KakakAsuh.Tests.Infrastructure;

namespace KakakAsuh.Tests.Hosting;

/// <summary>
/// The silo process over real HTTP: readiness, the Prometheus scrape with the programme's counters, and the
/// operator's dashboard behind an admin token. Runs alone: every silo in this test process exports to the same
/// meter names, so commands of other tests running at the same time would show in these counters.
/// </summary>
[Collection(SiloHostCollection.Name)]
public sealed class SiloHostTests(SiloProcessHost silo)
{
    [Fact]
    public async Task Ready_WithStorageUpAndThisSiloActive_IsHealthy()
    {
        using var live = await silo.Http.GetAsync("/health/live");
        using var ready = await silo.Http.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        using var report = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        var checks = report.RootElement.GetProperty("checks");
        Assert.Equal("Healthy", checks.GetProperty("storage").GetProperty("status").GetString());
        Assert.Equal("Active", checks.GetProperty("silo").GetProperty("data").GetProperty("status").GetString());
        Assert.Equal(1, checks.GetProperty("cluster").GetProperty("data").GetProperty("activeSilos").GetInt32());
    }

    [Fact]
    public async Task Metrics_AfterCommands_CountAcceptedRefusedNudgesAndOverdue()
    {
        var before = await ScrapeAsync();
        var umkm = silo.Grains.GetGrain<IUmkmGrain>(Keys.New("umkm"));

        Assert.True((await umkm.RegisterAsync(Samples.Registration(), Samples.Staff)).Accepted);
        Assert.Equal("already-registered", (await umkm.RegisterAsync(Samples.Registration(), Samples.Staff)).Refusal?.Code);
        Assert.Equal("already-registered", (await umkm.RegisterAsync(Samples.Registration(), Samples.Staff)).Refusal?.Code);
        var nudge = new Nudge { Id = Keys.New("nudge"), Rung = NudgeRung.Staff, KelurahanCode = Samples.Kelurahan, KecamatanCode = Samples.Kecamatan };
        await silo.Grains.GetGrain<INudgeOutboxGrain>(Samples.Kecamatan).AddAsync([nudge]);
        // Offered again (a tick retried after a failure): the row is there, so it is not counted again.
        await silo.Grains.GetGrain<INudgeOutboxGrain>(Samples.Kecamatan).AddAsync([nudge]);
        await silo.Grains.GetGrain<IAreaSummaryGrain>(Samples.Kecamatan).ReportAsync(
            new SourceReport(Keys.New("source"), 1, new Dictionary<string, long> { [CountKeys.Steps("qris", StepCount.Overdue)] = 3, [CountKeys.Steps("nib", StepCount.Overdue)] = 2 }));
        var after = await ScrapeAsync();

        Assert.Equal(1, after.Sum("kakakasuh_commands_accepted_total", ("grain", "umkm"), ("command", "Register")) - before.Sum("kakakasuh_commands_accepted_total", ("grain", "umkm"), ("command", "Register")));
        Assert.Equal(2, after.Sum("kakakasuh_commands_refused_total", ("code", "already-registered")) - before.Sum("kakakasuh_commands_refused_total", ("code", "already-registered")));
        Assert.Equal(1, after.Sum("kakakasuh_nudges_emitted_total", ("rung", "Staff")) - before.Sum("kakakasuh_nudges_emitted_total", ("rung", "Staff")));
        Assert.Equal(5, after.Sum("kakakasuh_steps_overdue", ("area", Samples.Kecamatan)));
        Assert.True(after.Sum("orleans_catalog_activations") > 0, "Orleans' own meters are exported too.");
    }

    [Fact]
    public async Task Dashboard_OpensForAdminTokensOnly()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, await DashboardStatusAsync(null));
        Assert.Equal(HttpStatusCode.Forbidden, await DashboardStatusAsync(Tokens.For("staff")));
        Assert.Equal(HttpStatusCode.OK, await DashboardStatusAsync(Tokens.For("admin")));

        // A browser pastes the token once, on the login page of this site, and then carries it in a cookie.
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = silo.Http.BaseAddress };
        using var login = await browser.SendAsync(LoginRequest(silo.Http.BaseAddress!.GetLeftPart(UriPartial.Authority), "same-origin"));
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var cookie = Assert.Single(login.Headers.GetValues("Set-Cookie"));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        // Outside Development (this silo runs as Testing), behind an ingress that ends TLS: Secure all the same.
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        using var page = new HttpRequestMessage(HttpMethod.Get, "/dashboard/ClusterStats");
        page.Headers.Add("Cookie", cookie.Split(';')[0]);
        Assert.Equal(HttpStatusCode.OK, (await browser.SendAsync(page)).StatusCode);
    }

    [Theory]
    [InlineData("https://evil.example", "cross-site")]
    [InlineData("https://evil.example", null)]
    [InlineData(null, "cross-site")]
    [InlineData(null, null)]
    public async Task DashboardLogin_PostedFromAnotherSite_IsRefusedAndSetsNoCookie(string? origin, string? fetchSite)
    {
        // Its own client: a cookie this test wrongly got must not reach the other tests' requests.
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = silo.Http.BaseAddress };
        using var login = await browser.SendAsync(LoginRequest(origin, fetchSite));

        Assert.Equal(HttpStatusCode.Forbidden, login.StatusCode);
        Assert.Equal("application/problem+json", login.Content.Headers.ContentType?.MediaType);
        Assert.Contains("this site", (await login.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.False(login.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task DashboardGrainState_ForAnAdmin_IsRefusedForTheProgrammesGrains_AndShowsNoOwnerData()
    {
        var id = Keys.New("umkm");
        var registration = Samples.Registration();
        Assert.True((await silo.Grains.GetGrain<IUmkmGrain>(id).RegisterAsync(registration, Samples.Staff)).Accepted);
        var mentor = Keys.New("mentor");
        Assert.True((await silo.Grains.GetGrain<IMentorGrain>(mentor).RegisterAsync(Samples.Mentor(), Samples.Staff)).Accepted);

        foreach (var (grainId, grainType) in new[] { (id, "KakakAsuh.Grains.Umkm.UmkmGrain"), (id, "KakakAsuh.Grains.UmkmGrain"), (mentor, "KakakAsuh.Grains.Mentors.MentorGrain") })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/dashboard/GrainState?grainId={grainId}&grainType={grainType}");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Tokens.For("admin"));
            using var response = await silo.Http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.DoesNotContain(registration.Profile.Nik!, body, StringComparison.Ordinal);
            Assert.DoesNotContain(registration.Profile.Phone!, body, StringComparison.Ordinal);
            Assert.DoesNotContain(registration.Profile.OwnerName, body, StringComparison.Ordinal);
            Assert.DoesNotContain("Rumah Tama", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task DashboardTrace_ForAnAdmin_StreamsNoLogLines()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/dashboard/Trace");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Tokens.For("admin"));
        using var response = await silo.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static HttpRequestMessage LoginRequest(string? origin, string? fetchSite)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/dashboard/login")
        {
            Content = new FormUrlEncodedContent([new("token", Tokens.For("admin"))]),
        };
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }
        if (fetchSite is not null)
        {
            request.Headers.Add("Sec-Fetch-Site", fetchSite);
        }
        return request;
    }

    private async Task<HttpStatusCode> DashboardStatusAsync(string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/dashboard/ClusterStats");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        using var response = await silo.Http.SendAsync(request);
        return response.StatusCode;
    }

    private async Task<PrometheusScrape> ScrapeAsync() => PrometheusScrape.Parse(await silo.Http.GetStringAsync("/metrics"));
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SiloHostCollection : ICollectionFixture<SiloProcessHost>
{
    public const string Name = "The silo's host, alone";
}
