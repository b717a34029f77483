namespace KakakAsuh.Silo;

/// <summary>
/// Keeps personal data out of Orleans' dashboard. Its grain-state page reads, by reflection, every persistent state
/// of any grain type and id it is given, and the programme's grains hold owner names, NIK and phone numbers, mentor
/// names, who read whose data, webhook secrets and stored answers: so the page is refused for every grain type, not
/// for a list of the ones that hold personal data today (a list fails open when a grain gains a field). The API reads
/// the same state with a stated purpose, masked or written to the access log. The live log stream is refused too
/// (<see cref="OperatorDashboard.ConfigureDashboard"/> also turns it off in the dashboard itself): log lines are not
/// the place for personal data, but the dashboard would give any admin whatever a library ever logs.
/// </summary>
public sealed class DashboardPersonalDataFilter : IEndpointFilter
{
    private static readonly PathString[] Refused = [$"{OperatorDashboard.Path}/GrainState", $"{OperatorDashboard.Path}/Trace"];

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var path = context.HttpContext.Request.Path;
        if (Refused.Any(r => path.StartsWithSegments(r, StringComparison.OrdinalIgnoreCase)))
        {
            return ValueTask.FromResult<object?>(Results.Problem(
                "The operator's dashboard shows no grain state and no log stream: grain state holds personal data. Read a UMKM through the API, with a stated purpose.",
                statusCode: StatusCodes.Status403Forbidden, title: "Forbidden."));
        }
        return next(context);
    }
}
