using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace KakakAsuh.Tests.Infrastructure;

/// <summary>A real HTTP server on a free loopback port that answers every request with <paramref name="answer"/> and counts them.</summary>
public sealed class LoopbackReceiver(WebApplication app) : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> paths = new();

    /// <summary>The paths of the requests it received, in order.</summary>
    public IReadOnlyCollection<string> Paths => paths;

    public Uri Url(string path = "/") => new(new Uri(app.Urls.First()), path);

    public static async Task<LoopbackReceiver> StartAsync(Func<HttpContext, IResult> answer)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var receiver = new LoopbackReceiver(app);
        app.Run(async context =>
        {
            receiver.paths.Enqueue(context.Request.Path);
            await answer(context).ExecuteAsync(context);
        });
        await app.StartAsync();
        return receiver;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
