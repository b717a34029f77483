using KakakAsuh.ClientApi.Auth;
using KakakAsuh.ClientApi.Umkm;
using KakakAsuh.Common;
using KakakAsuh.Domain.ReferenceData;
using KakakAsuh.Umkm;

namespace KakakAsuh.ClientApi.Http;

/// <summary>What an endpoint needs to act for the caller: grains, reference data, the caller.</summary>
public sealed class Access(IGrainFactory grains, ProgrammeReferenceData data, IHttpContextAccessor http, TimeProvider time)
{
    public TimeProvider Time => time;

    public IGrainFactory Grains => grains;

    public WilayahCatalog Wilayah => data.Wilayah;

    public ProgrammeReferenceData Data => data;

    public Caller Caller { get; } = new(http.HttpContext!.User);

    /// <summary>Loads a UMKM the caller may see: staff of its area, or (when allowed) its own mentor.</summary>
    public async Task<(UmkmState? State, IResult? Problem)> LoadAsync(string id, bool allowMentor)
    {
        var state = UmkmIds.IsValid(id) ? await grains.GetGrain<IUmkmGrain>(id).GetAsync() : null;
        if (state is null)
        {
            return (null, Problems.NotFound($"No UMKM is registered under '{id}'."));
        }
        var allowed = Caller.IsStaff
            ? Caller.MaySee(state.Profile.KelurahanCode, data.Wilayah)
            : allowMentor && Caller.MentorId is not null && state.MentorId == Caller.MentorId;
        return allowed ? (state, null) : (null, Problems.Forbidden($"UMKM {id} is outside what your token allows."));
    }

    public Task<IResult> StaffCommandAsync(string id, Func<IUmkmGrain, CommandContext, Task<CommandResult>> command, IResult? invalid = null) =>
        CommandAsync(id, allowMentor: false, command, invalid);

    public Task<IResult> StepCommandAsync(string id, Func<IUmkmGrain, CommandContext, Task<CommandResult>> command) =>
        CommandAsync(id, allowMentor: true, command);

    /// <summary>Checks the caller's role and access to the UMKM, then the request (<paramref name="invalid"/>), then runs the command.</summary>
    private async Task<IResult> CommandAsync(string id, bool allowMentor, Func<IUmkmGrain, CommandContext, Task<CommandResult>> command, IResult? invalid = null)
    {
        if (!Caller.IsStaff && !(allowMentor && Caller.MentorId is not null))
        {
            return Problems.Forbidden("Only Sudin staff (or, for its steps, the UMKM's mentor) may do this.");
        }
        var (_, problem) = await LoadAsync(id, allowMentor);
        if ((problem ?? invalid) is { } refused)
        {
            return refused;
        }
        var grain = grains.GetGrain<IUmkmGrain>(id);
        var result = await command(grain, Caller.Context());
        return await Problems.AnswerAsync(result, grain.GetAsync);
    }
}
