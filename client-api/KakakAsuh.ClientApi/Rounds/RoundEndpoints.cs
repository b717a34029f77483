using KakakAsuh.ClientApi.Auth;
using KakakAsuh.ClientApi.Http;
using KakakAsuh.ClientApi.Umkm;
using KakakAsuh.Common;
using KakakAsuh.Domain.Common;
using KakakAsuh.Domain.Rounds;
using KakakAsuh.Rounds;
using Microsoft.AspNetCore.Http.HttpResults;

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
            CommandAsync(id, access, (g, c) => g.AddMentorCandidateAsync(body.MentorId ?? "", c)));
        rounds.MapPost("/{id}/mentees", (string id, MenteeCandidateRequest body, Access access) =>
            CommandAsync(id, access, (g, c) => g.AddMenteeCandidateAsync(body.UmkmId ?? "", c)));
        rounds.MapPost("/{id}/picks", (string id, PickRequest body, Access access) =>
            CommandAsync(id, access, (g, c) => g.PickAsync(body.MentorId ?? "", body.UmkmId ?? "", c)));
        rounds.MapPost("/{id}/decisions", (string id, DecisionRequest body, Access access) =>
            CommandAsync(id, access, (g, c) => g.DecideAsync(new PanelDecision(body.UmkmId ?? "", body.PanelMember ?? "", body.Approve), c with { Reason = body.Reason })));
        rounds.MapPost("/{id}/close", (string id, WhenRequest? body, Access access) =>
            CommandAsync(id, access, (g, c) => g.CloseAsync(c with { At = body?.At })));
        return routes;
    }

    private static async Task<Results<Created<RoundState>, Refused>> CreateAsync(CreateRoundRequest body, Access access)
    {
        var setup = new RoundSetup { Date = body.Date ?? default, ScopeCode = body.ScopeCode?.Trim() ?? "", Panel = body.Panel ?? [], Deadline = body.Deadline };
        // A new round has no area to check yet: its scope in the request is the one the caller's token must cover.
        if (access.Wilayah.Find(setup.ScopeCode) is not null && !access.Caller.MaySee(setup.ScopeCode, access.Wilayah))
        {
            return Problems.Forbidden($"Your token covers {access.Caller.Wilayah}, not {setup.ScopeCode}.");
        }
        var id = string.IsNullOrWhiteSpace(body.Id) ? $"{setup.ScopeCode}-{setup.Date:yyyy-MM-dd}" : body.Id.Trim();
        if (!UmkmIds.IsValid(id))
        {
            return Problems.Invalid("id", "A round id is 3 to 64 letters, digits, dots, dashes or underscores.");
        }
        var result = await access.Grains.GetGrain<ICurationRoundGrain>(id).CreateAsync(setup, access.Caller.Context(at: body.At));
        return Commands.AnswerCreated(result, $"/api/rounds/{id}");
    }

    /// <summary>A page of the rounds, newest registered first (<paramref name="pageSize"/> defaults to the most a page holds), those the caller's area covers.</summary>
    private static async Task<Results<Ok<List<RoundListItem>>, Refused>> ListAsync(Access access, int? page, int? pageSize)
    {
        if (!Paging.TryCreate(page, pageSize ?? Paging.MaxPageSize, out var paging, out var problem))
        {
            return problem!;
        }
        var ids = (await access.Grains.GetGrain<IRegistryGrain>(Registries.Rounds).PageAsync(paging.Skip, paging.PageSize)).Ids;
        var rounds = await Task.WhenAll(ids.Select(id => access.Grains.GetGrain<ICurationRoundGrain>(id).GetAsync()));
        return TypedResults.Ok(rounds.OfType<RoundState>()
            .Where(r => access.Caller.MaySee(r.ScopeCode, access.Wilayah))
            .OrderByDescending(r => r.Date)
            .Select(RoundListItem.Of)
            .ToList());
    }

    private static async Task<Results<Ok<RoundState>, Refused>> GetAsync(string id, Access access)
    {
        var (round, problem) = await access.LoadRoundAsync(id);
        if (problem is not null)
        {
            return problem;
        }
        return TypedResults.Ok(round!);
    }

    /// <summary>A staff command on a round: the grain checks the caller's area against the round's scope, then the request.</summary>
    private static Task<Results<Ok<RoundState>, Refused>> CommandAsync(string id, Access access, Func<ICurationRoundGrain, CommandContext, Task<CommandResult<RoundState>>> command) =>
        access.SendAsync(id, AccessRules.RoundNotFound, command);
}
