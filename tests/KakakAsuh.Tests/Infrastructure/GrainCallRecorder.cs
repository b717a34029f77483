using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;

namespace KakakAsuh.Tests.Infrastructure;

/// <summary>The grain calls the API's Orleans client makes (the programme's grains only, not Orleans' own), by request.</summary>
public sealed class GrainCallRecorder : IOutgoingGrainCallFilter
{
    private readonly IHttpContextAccessor http = new HttpContextAccessor();
    private readonly ConcurrentQueue<string> made = new();

    public Task Invoke(IOutgoingGrainCallContext context)
    {
        // Only calls made while serving a request: the client's own start-up and background work are not the API's.
        if (http.HttpContext is not null && context.InterfaceMethod.DeclaringType?.Namespace?.StartsWith("KakakAsuh", StringComparison.Ordinal) == true)
        {
            made.Enqueue($"{context.InterfaceMethod.DeclaringType.Name}.{context.InterfaceMethod.Name}");
        }
        return context.Invoke();
    }

    public string[] Drain()
    {
        var drained = new List<string>();
        while (made.TryDequeue(out var call))
        {
            drained.Add(call);
        }
        return [.. drained];
    }
}
