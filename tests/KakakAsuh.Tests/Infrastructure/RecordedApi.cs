using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace KakakAsuh.Tests.Infrastructure;

/// <summary>
/// The fixture's API on a host of its own whose Orleans client records every grain call it makes (<see cref="Calls"/>),
/// with clients by bearer token (<see cref="Staff"/>: the city's staff).
/// </summary>
public sealed class RecordedApi : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> host;

    public RecordedApi(ApiFixture api)
    {
        host = api.WithSettings().WithWebHostBuilder(web =>
            web.ConfigureTestServices(services => services.AddSingleton<IOutgoingGrainCallFilter>(Calls)));
        Staff = Client(Tokens.For("staff", "budi"));
    }

    public GrainCallRecorder Calls { get; } = new();

    public HttpClient Staff { get; }

    public HttpClient Client(string token)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public ValueTask DisposeAsync() => host.DisposeAsync();
}
