using KakakAsuh.ClientApi.Auth;
using KakakAsuh.ClientApi.Http;
using KakakAsuh.ClientApi.Umkm;
using KakakAsuh.Common;
using KakakAsuh.Domain.Rounds;
using KakakAsuh.Rounds;

namespace KakakAsuh.ClientApi.Rounds;

/// <summary>Curation rounds: candidates, picks, panel decisions, close.</summary>
public static class RoundEndpoints
{
    public static IEndpointRouteBuilder MapRoundApi(this IEndpointRouteBuilder routes)
    {
        var rounds = routes.MapGroup("/rounds").WithTags("Curation rounds").RequireAuthorization(Policies.Staff);
        rounds.MapPost("/", CreateAsync);
        rounds.MapGet("/", ListAsync);
        rounds.MapGet("/{id}", GetAsync);
        rounds.MapPost("/{id}/mentors", (string id, MentorCandidateRequest body, Access access) =>
            CommandAsync(id, access, (g, c) => g.AddMentorCandidateAsync(body.MentorId!, c), Required("mentorId", body.MentorId)));
        rounds.MapPost("/{id}/mentees", (string id, MenteeCandidateRequest body, Access access) =>
            CommandAsync(id, access, (g, c) => g.AddMenteeCandidateAsync(body.UmkmId!, c), Required("umkmId", body.UmkmId)));
        rounds.MapPost("/{id}/picks", (string id, PickRequest body, Access access) =>
            CommandAsync(id, access, (g, c) => g.PickAsync(body.MentorId!, body.UmkmId!, c), Required("mentorId", body.MentorId) ?? Required("umkmId", body.UmkmId)));
        rounds.MapPost("/{id}/decisions", (string id, DecisionRequest body, Access access) =>
            CommandAsync(id, access, (g, c) => g.DecideAsync(new PanelDecision(body.UmkmId!, body.PanelMember!, body.Approve), c with { Reason = body.Reason }),
                Required("umkmId", body.UmkmId) ?? Required("panelMember", body.PanelMember)));
        rounds.MapPost("/{id}/close", (string id, WhenRequest? body, Access access) =>
            CommandAsync(id, access, (g, c) => g.CloseAsync(c with { At = body?.At })));
        return routes;
    }

    private static async Task<IResult> CreateAsync(CreateRoundRequest body, Access access)
    {
        var setup = new RoundSetup { Date = body.Date ?? default, ScopeCode = body.ScopeCode?.Trim() ?? "", Panel = body.Panel ?? [], Deadline = body.Deadline };
        if (access.Wilayah.Find(setup.ScopeCode) is not null && !access.Caller.MaySee(setup.ScopeCode, access.Wilayah))
        {
            return Problems.Forbidden($"Your token covers {access.Caller.Wilayah}, not {setup.ScopeCode}.");
        }
        var id = string.IsNullOrWhiteSpace(body.Id) ? $"{setup.ScopeCode}-{setup.Date:yyyy-MM-dd}" : body.Id.Trim();
        if (!UmkmIds.IsValid(id))
        {
            return Problems.Invalid("id", "A round id is 3 to 64 letters, digits, dots, dashes or underscores.");
        }
        var grain = access.Grains.GetGrain<ICurationRoundGrain>(id);
        var result = await grain.CreateAsync(setup, access.Caller.Context(at: body.At));
        return await Problems.AnswerAsync(result, grain.GetAsync, $"/api/rounds/{id}");
    }

    private static async Task<IResult> ListAsync(Access access)
    {
        var ids = await access.Grains.GetGrain<IRegistryGrain>(Registries.Rounds).ListAsync();
        var rounds = await Task.WhenAll(ids.Select(id => access.Grains.GetGrain<ICurationRoundGrain>(id).GetAsync()));
        return TypedResults.Ok(rounds.OfType<RoundState>()
            .Where(r => access.Caller.MaySee(r.ScopeCode, access.Wilayah))
            .OrderByDescending(r => r.Date)
            .Select(RoundListItem.Of)
            .ToList());
    }

    private static async Task<IResult> GetAsync(string id, Access access)
    {
        var (round, problem) = await LoadAsync(id, access);
        return problem ?? TypedResults.Ok(round);
    }

    private static async Task<(RoundState? Round, IResult? Problem)> LoadAsync(string id, Access access)
    {
        var round = UmkmIds.IsValid(id) ? await access.Grains.GetGrain<ICurationRoundGrain>(id).GetAsync() : null;
        if (round is null)
        {
            return (null, Problems.NotFound($"No curation round exists under '{id}'."));
        }
        return access.Caller.MaySee(round.ScopeCode, access.Wilayah)
            ? (round, null)
            : (null, Problems.Forbidden($"Round {id} covers {round.ScopeCode}, outside your token's area."));
    }

    /// <summary>Checks access to the round, then the request (<paramref name="invalid"/>), then runs the command.</summary>
    private static async Task<IResult> CommandAsync(string id, Access access, Func<ICurationRoundGrain, CommandContext, Task<CommandResult>> command, IResult? invalid = null)
    {
        var (_, problem) = await LoadAsync(id, access);
        if ((problem ?? invalid) is { } refused)
        {
            return refused;
        }
        var grain = access.Grains.GetGrain<ICurationRoundGrain>(id);
        var result = await command(grain, access.Caller.Context());
        return await Problems.AnswerAsync(result, grain.GetAsync);
    }

    private static IResult? Required(string field, string? value) =>
        string.IsNullOrWhiteSpace(value) ? Problems.Invalid(field, $"'{field}' is required.") : null;
}
