using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using KakakAsuh.ClientApi.Auth;
using KakakAsuh.ClientApi.Http;
using KakakAsuh.ClientApi.Umkm;
using KakakAsuh.Common;
using KakakAsuh.Domain.Common;
using KakakAsuh.Domain.Umkm;
using KakakAsuh.Umkm;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KakakAsuh.ClientApi.Csv;

/// <summary>
/// Bulk registration of UMKM from CSV, with a row-by-row report. A refused row changes nothing. The report names the
/// line, the fields and the rules they broke, never a field's value: a shifted column puts a NIK where an id, a code
/// or a flag belongs, and the report is answered, stored for idempotent replays and read back. A refused row's id
/// is not repeated either; an id registered outside the caller's area is reported not found, as a read of it is.
/// </summary>
public static class UmkmCsvImport
{
    public const int MaxRows = 10_000;

    public static readonly string[] Columns =
    [
        "id", "businessName", "ownerName", "nik", "phone", "kbli", "sector", "kelurahanCode",
        "nib", "qris", "halalCertificateNumber", "trademarkApplication", "trademarkRegistration",
    ];

    public static IEndpointRouteBuilder MapUmkmImportApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/umkm/import", ImportAsync)
            .WithTags("UMKM")
            .RequireAuthorization(Policies.Staff)
            .Accepts<string>("text/csv")
            .WithMetadata(new Limits.LargeBody())
            .DisableAntiforgery();
        return routes;
    }

    private static async Task<Results<Ok<ImportReport>, Refused>> ImportAsync(HttpRequest request, Access access)
    {
        if (request.ContentType?.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase) != true)
        {
            return Problems.Invalid("body", "Send the CSV as the request body with Content-Type: text/csv.");
        }
        using var reader = new StreamReader(request.Body);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { PrepareHeaderForMatch = a => a.Header.Trim().ToLowerInvariant(), MissingFieldFound = null, BadDataFound = null };
        using var csv = new CsvReader(reader, config);
        if (!await csv.ReadAsync() || !csv.ReadHeader())
        {
            return Problems.Invalid("body", "The CSV is empty; its first line names the columns: " + string.Join(",", Columns));
        }
        var missing = new[] { "businessname", "ownername", "kbli", "sector", "kelurahancode" }.Where(c => !csv.HeaderRecord!.Any(h => h.Trim().Equals(c, StringComparison.OrdinalIgnoreCase))).ToList();
        if (missing.Count > 0)
        {
            return Problems.Invalid("body", $"The CSV lacks the column(s) {string.Join(", ", missing)}; expected: {string.Join(",", Columns)}.");
        }
        var rows = new List<ImportRow>();
        while (await csv.ReadAsync())
        {
            if (rows.Count == MaxRows)
            {
                return Problems.Invalid("body", $"Import at most {MaxRows} rows at a time.");
            }
            rows.Add(await ImportRowAsync(csv, csv.Parser.Row, access));
        }
        return TypedResults.Ok(new ImportReport(rows.Count(r => r.Outcome == "registered"), rows.Count(r => r.Outcome != "registered"), rows));
    }

    private static async Task<ImportRow> ImportRowAsync(CsvReader csv, int line, Access access)
    {
        string? Field(string name) => csv.GetField(name.ToLowerInvariant()) is { Length: > 0 } v ? v.Trim() : null;
        var qrisText = Field("qris");
        bool? qris = qrisText is null ? false : qrisText.ToLowerInvariant() switch { "true" or "ya" or "yes" or "1" => true, "false" or "tidak" or "no" or "0" => false, _ => null };
        if (qris is null)
        {
            return Refused(line, Refusal.Invalid("invalid-row", "qris is true/false (ya/tidak).", "qris"));
        }
        var request = new RegisterUmkmRequest(Field("businessName"), Field("ownerName"), Field("kbli"), Field("sector"), Field("kelurahanCode"),
            Id: Field("id"), Nik: Field("nik"), Phone: Field("phone"), Nib: Field("nib"), Qris: qris.Value,
            HalalCertificateNumber: Field("halalCertificateNumber"), TrademarkApplication: Field("trademarkApplication"), TrademarkRegistration: Field("trademarkRegistration"));
        var registration = request.ToRegistration();
        var id = request.Id ?? UmkmIds.New();
        if (!UmkmIds.IsValid(id))
        {
            return Refused(line, Refusal.Invalid("invalid-row", UmkmIds.Rule, "id"));
        }
        if (access.Wilayah.IsKelurahan(registration.Profile.KelurahanCode) && !access.Caller.MaySee(registration.Profile.KelurahanCode, access.Wilayah))
        {
            return Refused(line, Refusal.Invalid("outside-area", "The kelurahanCode is outside your token's area.", "kelurahanCode"));
        }
        if (UmkmRegistrationRules.Validate(registration, access.Wilayah) is { } invalid)
        {
            return Refused(line, invalid);
        }
        var result = await access.Grains.GetGrain<IUmkmGrain>(id).RegisterAsync(registration, access.Caller.Context("CSV import"));
        return result.Refusal switch
        {
            null => new ImportRow(line, id, "registered", null, null),
            { Code: "already-registered" } when (await access.LoadUmkmAsync(id, Permitted.Staff)).Problem is not null =>
                new ImportRow(line, null, "not-found", "No UMKM under this id is in your area; leave the id empty to register it under a new one.", null),
            { Code: "already-registered" } => new ImportRow(line, id, "exists", "Already registered; left unchanged.", null),
            var refusal => Refused(line, refusal),
        };
    }

    private static ImportRow Refused(int line, Refusal refusal) => new(line, null, "refused", refusal.Message, refusal.FieldErrors);
}
