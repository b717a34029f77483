using KakakAsuh.ClientApi.Http;
using KakakAsuh.Domain.ReferenceData;
using KakakAsuh.Summaries;
using KakakAsuh.Umkm;

namespace KakakAsuh.ClientApi.Areas;

/// <summary>Lists the UMKM of an area by asking its kelurahan summaries, in code order, for just the page wanted.</summary>
public static class AreaRoster
{
    public static async Task<Page<UmkmListing>> QueryAsync(IGrainFactory grains, WilayahCatalog wilayah, string areaCode, UmkmQuery filter, Paging paging)
    {
        var kelurahan = wilayah.Kelurahan.Where(k => wilayah.IsWithin(k.Code, areaCode)).Select(k => k.Code).ToList();
        var counts = await Task.WhenAll(kelurahan.Select(k => grains.GetGrain<IAreaSummaryGrain>(k).QueryUmkmAsync(filter with { Skip = 0, Take = 0 })));
        var items = new List<UmkmListing>();
        var skip = paging.Skip;
        for (var i = 0; i < kelurahan.Count && items.Count < paging.PageSize; i++)
        {
            var total = counts[i].Total;
            if (skip >= total)
            {
                skip -= total;
                continue;
            }
            var page = await grains.GetGrain<IAreaSummaryGrain>(kelurahan[i]).QueryUmkmAsync(filter with { Skip = skip, Take = paging.PageSize - items.Count });
            items.AddRange(page.Items);
            skip = 0;
        }
        return new Page<UmkmListing>(counts.Sum(c => c.Total), paging.PageNumber, paging.PageSize, items);
    }

    /// <summary>
    /// The UMKM in mentoring in the area with an open step due on or before <paramref name="dueBy"/>, from the rows their
    /// grains keep (one query per kecamatan, no UMKM grain activated): overdue steps and the worklist are a matter of
    /// today's date, so the rules are applied to these by the caller.
    /// </summary>
    public static async Task<IReadOnlyList<UmkmState>> DueByAsync(IGrainFactory grains, WilayahCatalog wilayah, string areaCode, DateOnly dueBy)
    {
        var area = wilayah.Find(areaCode)!;
        var kelurahan = wilayah.IsKelurahan(areaCode) ? areaCode : null;
        var kecamatan = kelurahan is not null ? [area.ParentCode!]
            : wilayah.Kecamatan.Where(k => wilayah.IsWithin(k.Code, areaCode)).Select(k => k.Code).ToList();
        var rows = await Task.WhenAll(kecamatan.Select(k => grains.GetGrain<IMentoringRosterGrain>(k).DueByAsync(kelurahan, dueBy)));
        return [.. rows.SelectMany(r => r)];
    }
}
