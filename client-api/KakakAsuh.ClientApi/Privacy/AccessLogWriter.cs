using KakakAsuh.ClientApi.Auth;
using KakakAsuh.Domain.ReferenceData;
using KakakAsuh.Privacy;

namespace KakakAsuh.ClientApi.Privacy;

/// <summary>Writes one entry of the personal-data access log, durably, before the data leaves the API.</summary>
public sealed class AccessLogWriter(IGrainFactory grains, TimeProvider time)
{
    public const string Read = "read";
    public const string Export = "export";
    public const string Correct = "correct";
    public const string Erase = "erase";

    public Task RecordAsync(Caller caller, string umkmId, IReadOnlyList<string> fields, string action, string purpose) =>
        grains.GetGrain<IAccessLogGrain>(IAccessLogGrain.KeyFor(WorkingCalendar.Today(time))).RecordAsync(new AccessLogEntry
        {
            At = time.GetUtcNow(),
            Actor = caller.Actor,
            UmkmId = umkmId,
            Fields = fields,
            Action = action,
            Purpose = purpose,
        });
}
