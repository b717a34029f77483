using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KakakAsuh.ClientApi.Hosting;

/// <summary>The clock the API reads "today" from; tests replace it.</summary>
public static class TimeSetup
{
    public static IServiceCollection TryAddSingletonTimeProvider(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}
