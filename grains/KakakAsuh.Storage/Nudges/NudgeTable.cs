using System.Collections.Concurrent;
using System.Net;
using Azure;
using Azure.Data.Tables;
using KakakAsuh.Domain.Privacy;
using KakakAsuh.Nudges;

namespace KakakAsuh.Storage.Nudges;

/// <summary>
/// The nudges as rows of one Azure table, each written once: emitting a nudge is an insert, and "already exists"
/// means it was emitted before. Partitions are <c>{serviceId}_{kecamatan}</c>, so services sharing an account stay apart.
/// Nothing here grows with the number of nudges but the table itself.
/// </summary>
public sealed class NudgeTable(TableClient table, string serviceId)
{
    /// <summary>A page of at most this many nudges is read row by row; a larger one with one query.</summary>
    private const int PointReadsUpTo = 64;

    private static readonly string[] HeadColumns = [nameof(NudgeRow.RowKey), nameof(NudgeRow.At), nameof(NudgeRow.KelurahanCode)];

    private readonly ConcurrentDictionary<string, PartitionWriter> writers = new(StringComparer.Ordinal);
    private volatile bool created;

    public string PartitionOf(string kecamatan) => $"{serviceId}_{kecamatan}";

    /// <summary>
    /// Inserts each nudge; returns those that were new (an id stored before is left as it is). Inserts arriving at
    /// once from many reminder ticks are written by one loop per partition, up to 100 in a table transaction.
    /// </summary>
    public async Task<IReadOnlyList<Nudge>> InsertAsync(string kecamatan, IReadOnlyList<Nudge> nudges)
    {
        await EnsureCreatedAsync();
        var writer = writers.GetOrAdd(PartitionOf(kecamatan), _ => new PartitionWriter(table));
        var inserted = await Task.WhenAll(nudges.Select(async nudge => await writer.InsertAsync(NudgeRow.From(PartitionOf(kecamatan), nudge)) ? nudge : null));
        return [.. inserted.OfType<Nudge>()];
    }

    /// <summary>Which of <paramref name="ids"/> are stored already.</summary>
    public async Task<IReadOnlySet<string>> StoredAsync(string kecamatan, IReadOnlyList<string> ids)
    {
        await EnsureCreatedAsync();
        var found = await Task.WhenAll(ids.Select(async id =>
            (await table.GetEntityIfExistsAsync<NudgeRow>(PartitionOf(kecamatan), NudgeRow.RowKeyOf(id), [nameof(NudgeRow.RowKey)])).HasValue ? id : null));
        return found.OfType<string>().ToHashSet(StringComparer.Ordinal);
    }

    public async Task<Nudge?> FindAsync(string kecamatan, string id)
    {
        await EnsureCreatedAsync();
        var row = await table.GetEntityIfExistsAsync<NudgeRow>(PartitionOf(kecamatan), NudgeRow.RowKeyOf(id));
        return row.HasValue ? row.Value!.ToNudge() : null;
    }

    /// <summary>
    /// The nudges matching <paramref name="query"/> (and inside its area, by <paramref name="inArea"/>), newest first:
    /// the table filters by rung, mentor and acknowledgement and returns three columns of each match; only the page's
    /// rows are read whole.
    /// </summary>
    public async Task<NudgePage> QueryAsync(string kecamatan, NudgeQuery query, Func<string, bool> inArea)
    {
        await EnsureCreatedAsync();
        var filter = Filter(kecamatan, query);
        var heads = new List<NudgeRow>();
        await foreach (var head in table.QueryAsync<NudgeRow>(filter, maxPerPage: 1000, select: HeadColumns))
        {
            if (query.AreaCode is null || inArea(head.KelurahanCode))
            {
                heads.Add(head);
            }
        }
        var page = heads.OrderByDescending(h => h.At).ThenBy(h => h.NudgeId, StringComparer.Ordinal)
            .Skip(Math.Max(0, query.Skip)).Take(Math.Max(0, query.Take)).Select(h => h.RowKey).ToList();
        return new NudgePage(heads.Count, await ReadWholeAsync(kecamatan, filter, page));
    }

    /// <summary>Marks a nudge read, once: a nudge acknowledged before keeps its first reader and time.</summary>
    public async Task<bool> AcknowledgeAsync(string kecamatan, string id, string by, DateTimeOffset at)
    {
        await EnsureCreatedAsync();
        return await UpdateAsync(kecamatan, NudgeRow.RowKeyOf(id), row => row.Acknowledged ? null
            : new TableEntity(row.PartitionKey, row.RowKey)
            {
                [nameof(NudgeRow.Acknowledged)] = true,
                [nameof(NudgeRow.AcknowledgedBy)] = by,
                [nameof(NudgeRow.AcknowledgedAt)] = at,
            });
    }

    /// <summary>Replaces <paramref name="values"/> in the reasons of one UMKM's nudges.</summary>
    public async Task EraseAsync(string kecamatan, string umkmId, IReadOnlyList<string> values)
    {
        await EnsureCreatedAsync();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {PartitionOf(kecamatan)} and UmkmId eq {umkmId}");
        await foreach (var head in table.QueryAsync<NudgeRow>(filter, select: [nameof(NudgeRow.RowKey)]))
        {
            await UpdateAsync(kecamatan, head.RowKey, row =>
                PersonalDataRules.Scrub(row.Reason, values) is { } scrubbed && scrubbed != row.Reason
                    ? new TableEntity(row.PartitionKey, row.RowKey) { [nameof(NudgeRow.Reason)] = scrubbed }
                    : null);
        }
    }

    private string Filter(string kecamatan, NudgeQuery query)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {PartitionOf(kecamatan)}");
        if (query.Rung is { } rung)
        {
            filter += " and " + TableClient.CreateQueryFilter($"Rung eq {rung.ToString()}");
        }
        if (query.MentorId is { } mentor)
        {
            filter += " and " + TableClient.CreateQueryFilter($"MentorId eq {mentor}");
        }
        return query.UnacknowledgedOnly ? filter + " and Acknowledged eq false" : filter;
    }

    /// <summary>The rows <paramref name="rowKeys"/> (in that order), read one by one or, for a large page, with one query.</summary>
    private async Task<IReadOnlyList<Nudge>> ReadWholeAsync(string kecamatan, string filter, IReadOnlyList<string> rowKeys)
    {
        var rows = new Dictionary<string, NudgeRow>(StringComparer.Ordinal);
        if (rowKeys.Count <= PointReadsUpTo)
        {
            foreach (var row in await Task.WhenAll(rowKeys.Select(k => table.GetEntityIfExistsAsync<NudgeRow>(PartitionOf(kecamatan), k))))
            {
                if (row.HasValue)
                {
                    rows[row.Value!.RowKey] = row.Value;
                }
            }
        }
        else
        {
            var wanted = rowKeys.ToHashSet(StringComparer.Ordinal);
            await foreach (var row in table.QueryAsync<NudgeRow>(filter, maxPerPage: 1000))
            {
                if (wanted.Contains(row.RowKey))
                {
                    rows[row.RowKey] = row;
                }
            }
        }
        return [.. rowKeys.Where(rows.ContainsKey).Select(k => rows[k].ToNudge())];
    }

    /// <summary>
    /// Merges <paramref name="change"/>'s columns into a row if its ETag is still the one read (re-reading after a
    /// concurrent change); false if there is no such row. A null change means there is nothing to do.
    /// </summary>
    private async Task<bool> UpdateAsync(string kecamatan, string rowKey, Func<NudgeRow, TableEntity?> change)
    {
        while (true)
        {
            var read = await table.GetEntityIfExistsAsync<NudgeRow>(PartitionOf(kecamatan), rowKey);
            if (!read.HasValue)
            {
                return false;
            }
            if (change(read.Value!) is not { } update)
            {
                return true;
            }
            try
            {
                await table.UpdateEntityAsync(update, read.Value!.ETag, TableUpdateMode.Merge);
                return true;
            }
            catch (RequestFailedException ex) when (ex.Status == (int)HttpStatusCode.PreconditionFailed)
            {
                // Changed since it was read (acknowledged and scrubbed at once): read it again.
            }
        }
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
