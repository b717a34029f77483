using KakakAsuh.Storage.Umkm;
using KakakAsuh.Umkm;
using Orleans.Concurrency;

namespace KakakAsuh.Grains.Umkm;

/// <summary>One kecamatan's rows of the mentoring table (<see cref="MentoringTable"/>); stateless, so reads run at once.</summary>
[StatelessWorker, Reentrant]
[GrainType(GrainTypes.MentoringRoster)]
public sealed class MentoringRosterGrain(MentoringTable table) : Grain, IMentoringRosterGrain
{
    public Task<IReadOnlyList<UmkmState>> DueByAsync(string? kelurahanCode, DateOnly dueBy) =>
        table.DueByAsync(this.GetPrimaryKeyString(), kelurahanCode, dueBy);
}
