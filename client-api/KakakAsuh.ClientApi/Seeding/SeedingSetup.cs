namespace KakakAsuh.ClientApi.Seeding;

/// <summary>Registers first-start seeding (enabled by <c>Seed:Enabled</c>).</summary>
public static class SeedingSetup
{
    public static WebApplicationBuilder AddProgrammeSeeding(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SeedOptions>().BindConfiguration(SeedOptions.Section);
        builder.Services.AddHostedService<ProgrammeSeeder>();
        return builder;
    }
}
