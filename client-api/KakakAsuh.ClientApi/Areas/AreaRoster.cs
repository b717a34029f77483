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

    /// <summary>The state of every UMKM in mentoring in the area (overdue steps and the worklist are a matter of today's date).</summary>
    public static async Task<IReadOnlyList<UmkmState>> MentoringAsync(IGrainFactory grains, WilayahCatalog wilayah, string areaCode)
    {
        var mentoring = await QueryAsync(grains, wilayah, areaCode, new UmkmQuery { Status = ProgrammeStatus.Mentoring }, new Paging(1, int.MaxValue));
        var states = await Task.WhenAll(mentoring.Items.Select(l => grains.GetGrain<IUmkmGrain>(l.Id).GetAsync()));
        return [.. states.OfType<UmkmState>()];
    }
}
