using KakakAsuh.ClientApi.Auth;
using KakakAsuh.ClientApi.Http;
using KakakAsuh.ClientApi.Umkm;
using KakakAsuh.Mentors;
using KakakAsuh.Nudges;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KakakAsuh.ClientApi.Nudges;

/// <summary>
/// The nudge feed: a mentor reads the nudges about its own mentees, staff the staff rung of their area, a
/// district head the district-head rung of theirs; each recipient acknowledges what it has read. Admins
/// register the webhooks that receive every nudge of an area.
/// </summary>
public static class NudgeEndpoints
{
    public const int MinSecretLength = 16;

    public static IEndpointRouteBuilder MapNudgeApi(this IEndpointRouteBuilder routes)
    {
        var nudges = routes.MapGroup("/nudges").WithTags("Nudges");
        nudges.MapGet("/", FeedAsync);
        nudges.MapPost("/{id}/ack", AcknowledgeAsync);
        var webhooks = routes.MapGroup("/webhooks").WithTags("Nudges").RequireAuthorization(p => p.RequireRole(Roles.Admin));
        webhooks.MapPost("/", RegisterWebhookAsync);
        webhooks.MapGet("/", ListWebhooksAsync);
        webhooks.MapDelete("/{id}", RemoveWebhookAsync);
        return routes;
    }

    private static async Task<Results<Ok<Page<Nudge>>, Refused>> FeedAsync(Access access, bool? unacknowledged, int? page, int? pageSize)
    {
        if (!Paging.TryCreate(page, pageSize, out var paging, out var problem))
        {
            return problem!;
        }
        var (outboxes, query, refusal) = await ScopeAsync(access);
        if (refusal is not null)
        {
            return refusal;
        }
        query = query! with { UnacknowledgedOnly = unacknowledged ?? false, Skip = 0, Take = paging.Skip + paging.PageSize };
        var pages = await Task.WhenAll(outboxes!.Select(k => access.Grains.GetGrain<INudgeOutboxGrain>(k).QueryAsync(query)));
        var items = pages.SelectMany(p => p.Items).OrderByDescending(n => n.At).ThenBy(n => n.Id, StringComparer.Ordinal).Skip(paging.Skip).Take(paging.PageSize).ToList();
        return TypedResults.Ok(new Page<Nudge>(pages.Sum(p => p.Total), paging.PageNumber, paging.PageSize, items));
    }

    private static async Task<Results<NoContent, Refused>> AcknowledgeAsync(string id, Access access)
    {
        var (outboxes, query, refusal) = await ScopeAsync(access);
        if (refusal is not null)
        {
            return refusal;
        }
        var kecamatan = Nudge.KecamatanOf(id);
        if (kecamatan is null || access.Wilayah.Find(kecamatan) is null)
        {
            return Problems.NotFound($"'{id}' is not a nudge id.");
        }
        var outbox = access.Grains.GetGrain<INudgeOutboxGrain>(kecamatan);
        var mine = outboxes!.Contains(kecamatan) && await outbox.FindAsync(id) is { } nudge
            && nudge.Rung == query!.Rung
            && (query.MentorId is null || nudge.MentorId == query.MentorId)
            && (query.AreaCode is null || access.Wilayah.IsWithin(nudge.KelurahanCode, query.AreaCode));
        if (!mine)
        {
            return Problems.NotFound($"No nudge '{id}' is addressed to you.");
        }
        await outbox.AcknowledgeAsync(id, access.Caller.Actor);
        return TypedResults.NoContent();
    }

    /// <summary>Which outboxes and which of their nudges the caller is the recipient of.</summary>
    private static async Task<(IReadOnlyList<string>? Outboxes, NudgeQuery? Query, Refused? Refusal)> ScopeAsync(Access access)
    {
        var caller = access.Caller;
        if (caller.IsStaff || caller.IsDistrictHead)
        {
            var area = caller.HomeArea(access.Wilayah);
            if (caller.IsDistrictHead && caller.Wilayah is null)
            {
                return (null, null, Problems.Forbidden("A district head's token names its area (claim wilayah)."));
            }
            // Kecamatan outboxes hold their UMKM's and rounds' nudges; the city's outbox its city-wide rounds'.
            var kecamatan = access.Wilayah.Kecamatan.Where(k => access.Wilayah.IsWithin(k.Code, area) || access.Wilayah.IsWithin(area, k.Code)).Select(k => k.Code).ToList();
            if (area == access.Wilayah.City.Code)
            {
                kecamatan.Add(area);
            }
            return (kecamatan, new NudgeQuery { Rung = caller.IsStaff ? NudgeRung.Staff : NudgeRung.DistrictHead, AreaCode = area }, null);
        }
        if (caller.MentorId is { } mentorId && await access.Grains.GetGrain<IMentorGrain>(mentorId).GetAsync() is { } mentor)
        {
            return ([mentor.KecamatanCode], new NudgeQuery { Rung = NudgeRung.Mentor, MentorId = mentorId }, null);
        }
        return (null, null, Problems.Forbidden("Only mentors, Sudin staff and district heads receive nudges."));
    }

    private static async Task<Results<Created<WebhookView>, Refused>> RegisterWebhookAsync(WebhookRequest body, Access access)
    {
        if (!Uri.TryCreate(body.Url, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            return Problems.Invalid("url", "The webhook URL is an absolute https URL.");
        }
        if (string.IsNullOrWhiteSpace(body.Secret) || body.Secret.Length < MinSecretLength)
        {
            return Problems.Invalid("secret", $"The signing secret is at least {MinSecretLength} characters.");
        }
        var area = body.AreaCode ?? access.Wilayah.City.Code;
        if (access.Wilayah.Find(area) is null)
        {
            return Problems.Invalid("areaCode", $"'{area}' is not a West Jakarta area code.");
        }
        var receiver = new WebhookReceiver(string.IsNullOrWhiteSpace(body.Id) ? $"hook-{Guid.NewGuid():N}"[..17] : body.Id, url, body.Secret, area);
        // The silos decide where a webhook may go (https, public addresses), with the policy they also apply when they connect.
        if (await Registry(access).RegisterAsync(receiver) is { } refusal)
        {
            return Problems.From(refusal);
        }
        return TypedResults.Created($"/api/webhooks/{receiver.Id}", WebhookView.Of(receiver, null));
    }

    private static async Task<Ok<List<WebhookView>>> ListWebhooksAsync(Access access)
    {
        var receivers = await Registry(access).ListAsync();
        var queues = await Task.WhenAll(receivers.Select(r => access.Grains.GetGrain<IWebhookDeliveryGrain>(r.Id).DescribeAsync()));
        return TypedResults.Ok(receivers.Zip(queues, WebhookView.Of).ToList());
    }

    private static async Task<Results<NoContent, Refused>> RemoveWebhookAsync(string id, Access access)
    {
        if (!await Registry(access).RemoveAsync(id))
        {
            return Problems.NotFound($"No webhook is registered under '{id}'.");
        }
        return TypedResults.NoContent();
    }

    private static IWebhookRegistryGrain Registry(Access access) => access.Grains.GetGrain<IWebhookRegistryGrain>(IWebhookRegistryGrain.Key);
}
