using KakakAsuh.Common;
using KakakAsuh.Domain.ReferenceData;
using KakakAsuh.Mentors;
using KakakAsuh.Rounds;
using KakakAsuh.Umkm;

namespace KakakAsuh.Domain.Common;

/// <summary>
/// Whether a caller may act on a UMKM, a mentor or a curation round: Sudin staff inside their area (the whole city
/// without one), a mentor on its own mentees' steps and its own record; nobody on a record that does not exist. Grains
/// check it on their own state in the same turn as the command; the client API checks reads with it. A command without
/// a scope comes from inside the cluster and is not checked.
/// </summary>
public static class AccessRules
{
    public static Refusal UmkmNotFound(string id) => Refusal.NotFound("umkm-not-found", $"No UMKM is registered under '{id}'.");

    public static Refusal MentorNotFound(string id) => Refusal.NotFound("mentor-not-found", $"No mentor is registered under '{id}'.");

    public static Refusal RoundNotFound(string id) => Refusal.NotFound("round-not-found", $"No curation round exists under '{id}'.");

    public static Refusal? ForUmkm(UmkmState state, string id, CallerScope? scope, Permitted who, WilayahCatalog wilayah) =>
        Check(scope, who, state.Status != ProgrammeStatus.None, state.Profile.KelurahanCode, state.MentorId, wilayah,
            () => UmkmNotFound(id), () => Outside($"UMKM {id} is outside what your token allows."));

    /// <summary>A mentor's own record is the one of its id.</summary>
    public static Refusal? ForMentor(MentorState state, string id, CallerScope? scope, Permitted who, WilayahCatalog wilayah) =>
        Check(scope, who, state.Status != MentorStatus.None, state.KecamatanCode, id, wilayah,
            () => MentorNotFound(id), () => Outside($"Mentor {id} is outside what your token allows."));

    public static Refusal? ForRound(RoundState state, string id, CallerScope? scope, Permitted who, WilayahCatalog wilayah) =>
        Check(scope, who, state.Status != RoundStatus.None, state.ScopeCode, null, wilayah,
            () => RoundNotFound(id), () => Outside($"Round {id} covers {state.ScopeCode}, outside your token's area."));

    private static Refusal? Check(CallerScope? scope, Permitted who, bool exists, string areaCode, string? ownMentor, WilayahCatalog wilayah,
        Func<Refusal> notFound, Func<Refusal> outside)
    {
        if (scope is null || who == Permitted.Creator)
        {
            return null;
        }
        if (who == Permitted.Grains)
        {
            return Refusal.Forbidden("grains-only", "Only the programme's own grains issue this command.");
        }
        if (!exists)
        {
            return notFound();
        }
        var allowed = scope.IsStaff
            ? scope.Area is null || wilayah.IsWithin(areaCode, scope.Area)
            : who == Permitted.StaffOrOwnMentor && scope.MentorId is not null && scope.MentorId == ownMentor;
        return allowed ? null : outside();
    }

    private static Refusal Outside(string message) => Refusal.Forbidden("outside-token", message);
}
