using System.Net;
using System.Text;
using KakakAsuh.Tests.Infrastructure;

namespace KakakAsuh.Tests.Api;

/// <summary>
/// Every endpoint against every kind of caller: 401 without a token, 403 outside one's role or area, and
/// otherwise an answer from the endpoint itself. Bodies are chosen so that an allowed call is refused by
/// validation or is idempotent, so the matrix changes nothing.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class AuthorizationMatrixTests(ApiFixture api)
{
    private const string Anonymous = "anonymous";
    private const string Staff = "staff";
    private const string StaffCengkareng = "staff-cengkareng";
    private const string Admin = "admin";
    private const string HeadCity = "head-city";
    private const string HeadTambora = "head-tambora";
    private const string OwnMentor = "mentor-own";
    private const string OtherMentor = "mentor-other";

    private static readonly string[] Callers = [Anonymous, Staff, StaffCengkareng, Admin, HeadCity, HeadTambora, OwnMentor, OtherMentor];

    private string? TokenFor(string caller) => caller switch
    {
        Staff => Tokens.For("staff", "budi"),
        StaffCengkareng => Tokens.For("staff", "sri", wilayah: "31.73.01"),
        Admin => Tokens.For("admin", "root"),
        HeadCity => Tokens.For("district-head", "walikota", wilayah: "31.73"),
        HeadTambora => Tokens.For("district-head", "camat-tambora", wilayah: "31.73.04"),
        OwnMentor => Tokens.For("mentor", "rumah-tama", mentorId: api.TamboraMentor),
        OtherMentor => Tokens.For("mentor", "someone", mentorId: "another-mentor"),
        _ => null,
    };

    private IEnumerable<(string Method, string Path, string? Body, string[] Allowed)> Endpoints()
    {
        var u = api.TamboraUmkm;
        var m = api.TamboraMentor;
        var r = api.ClosedRound;
        string[] cityReaders = [Staff, Admin, HeadCity];
        string[] tamboraReaders = [Staff, Admin, HeadCity, HeadTambora];
        string[] tamboraStaff = [Staff, Admin];
        string[] ownMentee = [Staff, Admin, OwnMentor];
        yield return ("GET", "/api/city/summary", null, cityReaders);
        yield return ("GET", "/api/districts/31.73.04/summary", null, tamboraReaders);
        yield return ("GET", "/api/districts/31.73.01/summary", null, [Staff, StaffCengkareng, Admin, HeadCity]);
        yield return ("GET", "/api/kelurahan/31.73.04.1001/summary", null, tamboraReaders);
        yield return ("GET", "/api/areas/31.73.04/summary", null, tamboraReaders);
        yield return ("GET", "/api/areas/31.73.04/summary.csv", null, tamboraReaders);
        yield return ("GET", "/api/areas/31.73.04/overdue", null, tamboraReaders);
        yield return ("GET", "/api/umkm?kecamatan=31.73.04", null, tamboraReaders);
        yield return ("GET", $"/api/umkm/{u}", null, ownMentee);
        yield return ("GET", $"/api/umkm/{u}/overdue", null, ownMentee);
        yield return ("POST", "/api/umkm", """{"kelurahanCode":"31.73.04.1001"}""", tamboraStaff);
        yield return ("POST", "/api/umkm/import", null, [Staff, StaffCengkareng, Admin]);
        yield return ("POST", $"/api/umkm/{u}/needs", """{"tracks":[]}""", tamboraStaff);
        yield return ("POST", $"/api/umkm/{u}/mentoring", "{}", tamboraStaff);
        yield return ("POST", $"/api/umkm/{u}/steps/qris/no-such-step/start", "{}", ownMentee);
        yield return ("POST", $"/api/umkm/{u}/steps/qris/no-such-step/complete", "{}", ownMentee);
        yield return ("POST", $"/api/umkm/{u}/steps/qris/provider-registration/return", """{"reason":""}""", ownMentee);
        yield return ("POST", $"/api/umkm/{u}/steps/qris/provider-registration/skip", """{"reason":""}""", ownMentee);
        yield return ("POST", $"/api/umkm/{u}/reassign", """{"mentorId":""}""", tamboraStaff);
        yield return ("POST", $"/api/umkm/{u}/graduate", "{}", tamboraStaff);
        yield return ("POST", $"/api/umkm/{u}/withdraw", """{"reason":""}""", tamboraStaff);
        yield return ("GET", "/api/mentors", null, [Staff, StaffCengkareng, Admin, HeadCity, HeadTambora]);
        yield return ("GET", $"/api/mentors/{m}", null, ownMentee);
        yield return ("GET", $"/api/mentors/{m}/mentees.csv", null, ownMentee);
        yield return ("POST", "/api/mentors", """{"name":"","kecamatanCode":"31.73.04","capacity":0}""", tamboraStaff);
        yield return ("POST", $"/api/mentors/{m}/select", "{}", tamboraStaff);
        yield return ("POST", $"/api/mentors/{m}/capacity", """{"capacity":0}""", tamboraStaff);
        yield return ("POST", $"/api/mentors/{m}/deactivate", """{"reason":""}""", tamboraStaff);
        yield return ("GET", "/api/rounds", null, [Staff, StaffCengkareng, Admin]);
        yield return ("GET", $"/api/rounds/{r}", null, tamboraStaff);
        yield return ("POST", "/api/rounds", """{"scopeCode":"31.73.04","panel":[]}""", tamboraStaff);
        yield return ("POST", $"/api/rounds/{r}/mentors", """{"mentorId":""}""", tamboraStaff);
        yield return ("POST", $"/api/rounds/{r}/mentees", """{"umkmId":""}""", tamboraStaff);
        yield return ("POST", $"/api/rounds/{r}/picks", """{"mentorId":"","umkmId":""}""", tamboraStaff);
        yield return ("POST", $"/api/rounds/{r}/decisions", """{"umkmId":"","panelMember":""}""", tamboraStaff);
        yield return ("POST", $"/api/rounds/{r}/close", "{}", tamboraStaff);
        yield return ("GET", "/api/nudges", null, [Staff, StaffCengkareng, Admin, HeadCity, HeadTambora, OwnMentor]);
        yield return ("POST", "/api/nudges/not-a-nudge/ack", null, [Staff, StaffCengkareng, Admin, HeadCity, HeadTambora, OwnMentor]);
        yield return ("GET", "/api/webhooks", null, [Admin]);
        yield return ("POST", "/api/webhooks", """{"url":"not a url"}""", [Admin]);
        yield return ("DELETE", "/api/webhooks/no-such-hook", null, [Admin]);
        yield return ("GET", "/api/areas/31.73.04/history", null, tamboraReaders);
        yield return ("GET", "/api/areas/31.73.04/breakdown", null, tamboraReaders);
        yield return ("GET", "/api/areas/31.73.04/overdue.csv", null, tamboraReaders);
        yield return ("GET", "/api/areas/31.73.04/worklist", null, tamboraReaders);
        yield return ("GET", "/api/areas/31.73.01/worklist", null, [Staff, StaffCengkareng, Admin, HeadCity]);
        yield return ("GET", "/api/me", null, [Staff, StaffCengkareng, Admin, HeadCity, HeadTambora, OwnMentor, OtherMentor]);
    }

    [Fact]
    public async Task EveryEndpoint_AnswersEachCallerByRoleAndArea()
    {
        var wrong = new List<string>();
        var checkedCalls = 0;
        foreach (var (method, path, body, allowed) in Endpoints())
        {
            foreach (var caller in Callers)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), path);
                if (body is not null)
                {
                    request.Content = new StringContent(body, Encoding.UTF8, "application/json");
                }
                var status = (await api.Client(TokenFor(caller)).SendAsync(request)).StatusCode;
                var expected = caller == Anonymous ? "401" : allowed.Contains(caller) ? "answered" : "403";
                var actual = status switch
                {
                    HttpStatusCode.Unauthorized => "401",
                    HttpStatusCode.Forbidden => "403",
                    _ when (int)status >= 500 => $"{(int)status}",
                    _ => "answered",
                };
                checkedCalls++;
                if (actual != expected)
                {
                    wrong.Add($"{method} {path} as {caller}: expected {expected}, got {(int)status}");
                }
            }
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        Assert.Equal(Endpoints().Count() * Callers.Length, checkedCalls);
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/scalar")]
    public async Task HealthAndApiDocs_AreOpenToAnyone(string path)
    {
        var response = await api.Client().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ExpiredOrWrongAudienceToken_IsRejected()
    {
        var expired = Tokens.For("staff", expires: DateTime.UtcNow.AddMinutes(-10));
        var otherAudience = Tokens.For("staff", audience: "some-other-api");
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Client(expired).GetAsync("/api/city/summary")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Client(otherAudience).GetAsync("/api/city/summary")).StatusCode);
    }
}
