using KakakAsuh.ClientApi.Auth;
using KakakAsuh.Common;
using KakakAsuh.Domain.Common;
using KakakAsuh.Domain.ReferenceData;
using KakakAsuh.Mentors;
using KakakAsuh.Rounds;
using KakakAsuh.Umkm;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KakakAsuh.ClientApi.Http;

/// <summary>What an endpoint needs to act for the caller: grains, reference data, the caller.</summary>
public sealed class Access(IGrainFactory grains, ProgrammeReferenceData data, IHttpContextAccessor http, TimeProvider time)
{
    public TimeProvider Time => time;

    public IGrainFactory Grains => grains;

    public WilayahCatalog Wilayah => data.Wilayah;

    public ProgrammeReferenceData Data => data;

    public Caller Caller { get; } = new(http.HttpContext!.User);

    /// <summary>
    /// Sends a command to the record <paramref name="id"/> as the caller, in one grain call: the grain checks the
    /// caller's scope against its own state, runs the command and answers with the state it produced, or its refusal.
    /// An id that cannot name a record is not found without asking a grain.
    /// </summary>
    public async Task<Results<Ok<TState>, Refused>> SendAsync<TGrain, TState>(
        string id,
        Func<string, Refusal> notFound,
        Func<TGrain, CommandContext, Task<CommandResult<TState>>> command)
        where TGrain : IGrainWithStringKey
        where TState : class
    {
        if (!Validation.IsReferenceCode(id))
        {
            return Problems.From(notFound(id));
        }
        return Commands.Answer(await command(grains.GetGrain<TGrain>(id), Caller.Context()));
    }

    /// <summary>Loads a UMKM the caller may see: staff of its area, or (when <paramref name="who"/> allows) its own mentor.</summary>
    public async Task<(UmkmState? State, Refused? Problem)> LoadUmkmAsync(string id, Permitted who)
    {
        var state = Validation.IsReferenceCode(id) ? await grains.GetGrain<IUmkmGrain>(id).GetAsync() : null;
        return Checked(state, AccessRules.ForUmkm(state ?? new UmkmState(), id, Caller.Scope, who, data.Wilayah));
    }

    /// <summary>Loads a mentor the caller may see: staff of its kecamatan, or the mentor itself.</summary>
    public async Task<(MentorState? State, Refused? Problem)> LoadMentorAsync(string id)
    {
        var state = Validation.IsReferenceCode(id) ? await grains.GetGrain<IMentorGrain>(id).GetAsync() : null;
        return Checked(state, AccessRules.ForMentor(state ?? new MentorState(), id, Caller.Scope, Permitted.StaffOrOwnMentor, data.Wilayah));
    }

    /// <summary>Loads a curation round of the caller's area.</summary>
    public async Task<(RoundState? State, Refused? Problem)> LoadRoundAsync(string id)
    {
        var state = Validation.IsReferenceCode(id) ? await grains.GetGrain<ICurationRoundGrain>(id).GetAsync() : null;
        return Checked(state, AccessRules.ForRound(state ?? new RoundState(), id, Caller.Scope, Permitted.Staff, data.Wilayah));
    }

    private static (T? State, Refused? Problem) Checked<T>(T? state, Refusal? refusal) where T : class =>
        refusal is null ? (state, null) : (null, Problems.From(refusal));
}
