using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace KakakAsuh.Tests.Infrastructure;

/// <summary>
/// The client API's test settings: the test silo's cluster, Azurite, the tests' token key and the fake programme clock,
/// in the environment <c>Testing</c> or, as the run command starts it, <c>Development</c> (with its sign-in provider).
/// </summary>
public static class ApiHost
{
    public static void Configure(IWebHostBuilder web, string clusterId, string storage, FakeTimeProvider time, IdentityProvider? signIn = null)
    {
        web.UseEnvironment(signIn is null ? "Testing" : "Development");
        foreach (var (key, value) in signIn?.ApiSettings ?? [])
        {
            web.UseSetting(key, value);
        }
        web.UseSetting("ConnectionStrings:Storage", storage);
        web.UseSetting("Orleans:ClusterId", clusterId);
        web.UseSetting("Orleans:ServiceId", clusterId);
        // Tests make many requests with few tokens: the limits are set explicitly, far above what they need.
        web.UseSetting("RateLimiting:PermitLimit", "1000000");
        web.UseSetting("RateLimiting:AnonymousPermitLimit", "1000000");
        foreach (var (key, value) in Tokens.Settings)
        {
            web.UseSetting(key, value);
        }
        web.ConfigureLogging(LogSink.AddTo);
        web.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(time));
    }
}
