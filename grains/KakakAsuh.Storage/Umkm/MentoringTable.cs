using System.Net;
using Azure;
using Azure.Data.Tables;
using KakakAsuh.Umkm;

namespace KakakAsuh.Storage.Umkm;

/// <summary>
/// The UMKM in mentoring, one row each (<see cref="MentoringRow"/>), written by each UMKM grain after every accepted
/// write and removed when it leaves mentoring. The overdue lists and the worklist query it with a filter on the
/// earliest due date instead of activating every UMKM grain of an area: what a read costs follows what it returns.
/// </summary>
public sealed class MentoringTable(TableClient table, string serviceId)
{
    private volatile bool created;

    public string PartitionOf(string kecamatan) => $"{serviceId}_{kecamatan}";

    /// <summary>Writes the UMKM's row while it is in mentoring and removes it otherwise.</summary>
    public async Task SetAsync(string kecamatan, UmkmState state)
    {
        await EnsureCreatedAsync();
        if (state.Status == ProgrammeStatus.Mentoring)
        {
            await table.UpsertEntityAsync(MentoringRow.From(PartitionOf(kecamatan), state), TableUpdateMode.Replace);
            return;
        }
        try
        {
            await table.DeleteEntityAsync(PartitionOf(kecamatan), MentoringRow.RowKeyOf(state.Id));
        }
        catch (RequestFailedException ex) when (ex.Status == (int)HttpStatusCode.NotFound)
        {
            // Never in mentoring, or removed before.
        }
    }

    /// <summary>
    /// The UMKM of the kecamatan (of one kelurahan when <paramref name="kelurahan"/> is set) with an open step due on or
    /// before <paramref name="dueBy"/>, as <see cref="MentoringRow.ToState"/> gives them.
    /// </summary>
    public async Task<IReadOnlyList<UmkmState>> DueByAsync(string kecamatan, string? kelurahan, DateOnly dueBy)
    {
        await EnsureCreatedAsync();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {PartitionOf(kecamatan)} and FirstDue le {MentoringRow.DayOf(dueBy)}");
        if (kelurahan is not null)
        {
            filter += " and " + TableClient.CreateQueryFilter($"KelurahanCode eq {kelurahan}");
        }
        var states = new List<UmkmState>();
        await foreach (var row in table.QueryAsync<MentoringRow>(filter, maxPerPage: 1000))
        {
            states.Add(row.ToState());
        }
        return states;
    }

    private async Task EnsureCreatedAsync()
    {
        if (!created)
        {
            await table.CreateIfNotExistsAsync();
            created = true;
        }
    }
}
