using KakakAsuh.ClientApi.Auth;
using KakakAsuh.ClientApi.Http;
using KakakAsuh.Domain.Privacy;
using KakakAsuh.Domain.ReferenceData;
using KakakAsuh.Umkm;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KakakAsuh.ClientApi.Privacy;

/// <summary>
/// The one place where a UMKM's owner data is shaped for the caller, on every API endpoint. NIK and phone are
/// masked for everyone; the owner's name, and the free texts in full (<see cref="FreeTextView"/>), are shown on reads
/// to staff and to the UMKM's own mentor. A named officer
/// (<see cref="Roles.PersonalDataClaim"/>) who states a purpose (<see cref="AccessPurpose.Header"/>) reads them in
/// full, and each such read is written to the access log first. Command answers are stored for idempotent
/// replays, so they are always masked, the owner's name included. No answer of the API is kept by a cache
/// (<c>Cache-Control: no-store</c>): full reads, exports and CSVs carry owner data in full, staff reads the owner's
/// name, and a rule per endpoint would fail open on the next one that gains a field.
/// </summary>
public sealed class PersonalDataFilter(AccessLogWriter log) : IEndpointFilter
{
    public const string ViewHeader = "X-Personal-Data";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        http.Response.Headers.CacheControl = "no-store";
        var caller = new Caller(http.User);
        var (purpose, invalid) = AccessPurpose.Of(http.Request);
        if (http.Request.Headers.ContainsKey(AccessPurpose.Header) && !caller.HasPersonalDataRight)
        {
            return Problems.Forbidden($"Stating a purpose ({AccessPurpose.Header}) reads personal data in full; that needs the '{Roles.PersonalDataClaim}' right.");
        }
        if (invalid is not null)
        {
            return Problems.Invalid(AccessPurpose.Header, invalid);
        }
        var result = await next(context);
        var full = purpose is not null && HttpMethods.IsGet(http.Request.Method);
        // A typed handler answers Results<Ok<UmkmState>, ...>: the UMKM is in the result it chose.
        return (result is INestedHttpResult nested ? nested.Result : result) switch
        {
            Ok<UmkmState> { Value: { } state } => TypedResults.Ok(await ShapeAsync(http, caller, state, full, purpose)),
            Created<UmkmState> { Value: { } state } created => TypedResults.Created(created.Location, await ShapeAsync(http, caller, state, full, purpose)),
            _ => result,
        };
    }

    private async Task<UmkmState> ShapeAsync(HttpContext http, Caller caller, UmkmState state, bool full, string? purpose)
    {
        if (full && state.PersonalDataErasedAt is null)
        {
            await log.RecordAsync(caller, state.Id, Fields(state.Profile), AccessLogWriter.Read, purpose!);
            http.Response.Headers[ViewHeader] = "full";
            return state;
        }
        http.Response.Headers[ViewHeader] = "masked";
        var showName = HttpMethods.IsGet(http.Request.Method) && (caller.IsStaff || (caller.MentorId is not null && caller.MentorId == state.MentorId));
        // Free texts follow the name: in full on reads by those who may read the owner's data, redacted in stored answers.
        var wilayah = http.RequestServices.GetRequiredService<ProgrammeReferenceData>().Wilayah;
        return Masking.Mask(showName ? FreeTextView.For(caller, state, wilayah) : PersonalDataRules.Redacted(state), showName);
    }

    /// <summary>The personal fields a profile holds.</summary>
    public static IReadOnlyList<string> Fields(UmkmProfile profile) =>
        [.. new[] { ("ownerName", (string?)profile.OwnerName), ("nik", profile.Nik), ("phone", profile.Phone) }.Where(f => !string.IsNullOrEmpty(f.Item2)).Select(f => f.Item1)];
}
