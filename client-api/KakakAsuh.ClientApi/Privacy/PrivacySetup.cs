namespace KakakAsuh.ClientApi.Privacy;

/// <summary>The personal-data protections of the API: the access log writer and the response-shaping filter.</summary>
public static class PrivacySetup
{
    public static WebApplicationBuilder AddPersonalDataProtection(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<AccessLogWriter>();
        builder.Services.AddSingleton<PersonalDataFilter>();
        return builder;
    }
}
