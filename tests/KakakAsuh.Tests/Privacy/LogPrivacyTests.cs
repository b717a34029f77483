using System.Net;
using System.Net.Http.Json;
using System.Text;
using KakakAsuh.Tests.Infrastructure;

namespace KakakAsuh.Tests.Privacy;

/// <summary>
/// No personal data in application logs: an owner's name, NIK and phone go through registration (accepted and
/// refused), a CSV import, a full read, a correction, a refused correction and an erasure, and afterwards not one
/// line the silo or the API logged holds any of them, while the same lines do name the UMKM.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class LogPrivacyTests(ApiFixture api)
{
    private const string Purpose = "Pemeriksaan log atas permintaan pejabat PDP";

    [Fact]
    public async Task OwnerNameNikAndPhone_NeverReachTheLogs()
    {
        var staff = api.Client(Tokens.For("staff", "budi"));
        var officer = api.Client(Tokens.For("staff", "pejabat-pdp", personalData: true));
        var id = Keys.New("umkm");
        var serial = Random.Shared.Next(1, 9999);
        var name = $"Larasati Pohan {Guid.NewGuid():N}"[..22];
        var nik = $"317304450185{serial:0000}";
        var phone = $"0813{Random.Shared.Next(10_000_000, 99_999_999)}";
        var newPhone = $"0857{Random.Shared.Next(10_000_000, 99_999_999)}";
        object Registration(string kelurahan) => new
        {
            id, businessName = "Kue Lapis Larasati", ownerName = name, nik, phone, kbli = "10710", sector = "Kue", kelurahanCode = kelurahan,
        };

        Assert.Equal(HttpStatusCode.BadRequest, (await staff.PostAsJsonAsync("/api/umkm", Registration("31.73.99.9999"))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await staff.PostAsJsonAsync("/api/umkm", Registration("31.73.04.1001"))).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await staff.PostAsJsonAsync("/api/umkm", Registration("31.73.04.1001"))).StatusCode);
        var csv = $"""
            id,businessName,ownerName,nik,phone,kbli,sector,kelurahanCode,nib,qris
            {id},Kue Lapis Larasati,{name},{nik},{phone},10710,Kue,31.73.04.1001,,tidak
            {Keys.New("umkm")},Kue Lapis Larasati,{name},{nik[..15]},{phone},10710,Kue,31.73.04.1001,,tidak
            """;
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsync("/api/umkm/import", new StringContent(csv, Encoding.UTF8, "text/csv"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.SendAsync(WithPurpose(HttpMethod.Get, $"/api/umkm/{id}"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await officer.SendAsync(WithPurpose(HttpMethod.Put, $"/api/umkm/{id}/personal-data", new { phone = "12345" + phone }))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.SendAsync(WithPurpose(HttpMethod.Put, $"/api/umkm/{id}/personal-data", new { phone = newPhone }))).StatusCode);
        Assert.True((await officer.SendAsync(WithPurpose(HttpMethod.Delete, $"/api/umkm/{id}/personal-data"))).IsSuccessStatusCode);

        var lines = LogSink.Instance.Lines.ToList();
        Assert.Contains(lines, l => l.Contains(id, StringComparison.Ordinal));
        foreach (var value in new[] { name, nik, phone, newPhone })
        {
            Assert.DoesNotContain(lines, l => l.Contains(value, StringComparison.Ordinal));
        }
    }

    private static HttpRequestMessage WithPurpose(HttpMethod method, string path, object? body = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add("X-Access-Purpose", Purpose);
        return request;
    }
}
