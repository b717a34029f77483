using System.Text.RegularExpressions;
using KakakAsuh.Common;

namespace KakakAsuh.Domain.Common;

/// <summary>Collects field errors, so a person sees everything wrong with their input at once.</summary>
public sealed partial class Validation
{
    public const int MaxNameLength = 200;

    /// <summary>The longest free text a command may carry (a reason, a note, a purpose).</summary>
    public const int MaxTextLength = 1_000;

    /// <summary>The longest value a step may record on completion.</summary>
    public const int MaxValueLength = 100;

    // The shapes of codes and numbers, as the checks below apply them and as the OpenAPI document shows them (its
    // patterns are JSON Schema's, where $ ends the input).

    /// <summary>A reference code of a UMKM, mentor or round.</summary>
    public const string ReferenceCodePattern = "^[A-Za-z0-9._-]{3,64}$";

    /// <summary>A KBLI business activity code.</summary>
    public const string KbliPattern = "^[0-9]{5}$";

    public const string KbliExample = "10792";

    /// <summary>A Nomor Induk Berusaha.</summary>
    public const string NibPattern = "^[0-9]{13}$";

    /// <summary>A NIK's shape; <see cref="IsPlausibleNik"/> checks more than its shape.</summary>
    public const string NikPattern = "^[0-9]{16}$";

    /// <summary>An Indonesian mobile number once spaces and dashes are taken out.</summary>
    public const string PhonePattern = @"^(\+62|62|0)8[1-9][0-9]{6,11}$";

    /// <summary>The longest phone number accepted, spaces and dashes included.</summary>
    public const int MaxPhoneLength = 20;

    private readonly Dictionary<string, List<string>> errors = new(StringComparer.Ordinal);

    public bool IsValid => errors.Count == 0;

    public IReadOnlyDictionary<string, string[]> Errors => errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    public Validation Add(string field, string message)
    {
        if (!errors.TryGetValue(field, out var list))
        {
            errors[field] = list = [];
        }
        list.Add(message);
        return this;
    }

    public Validation Require(string field, string? value, string label, int maxLength = MaxNameLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Add(field, $"{label} is required.");
        }
        return value.Length > maxLength ? Add(field, $"{label} is at most {maxLength} characters long.") : this;
    }

    public Validation Check(string field, bool ok, string message) => ok ? this : Add(field, message);

    public Refusal ToRefusal(string code, string summary) =>
        new(RefusalKind.Invalid, code, $"{summary}: {string.Join(" ", errors.Values.SelectMany(v => v))}", Errors);

    public const string ReferenceCodeRule = "A reference code (of a UMKM, mentor or round) is 3 to 64 letters, digits, dots, dashes or underscores.";

    /// <summary>A reference code that can key a grain (and an Azure Table row): 3 to 64 letters, digits, dots, dashes or underscores.</summary>
    public static bool IsReferenceCode(string? id) => Matches(ReferenceCodeRegex(), id);

    /// <summary>Refuses a command that lacks a value it needs, saying which.</summary>
    public static Refusal? Required(string field, string? value, string message) =>
        string.IsNullOrWhiteSpace(value) ? Refusal.Invalid("invalid-request", message, field) : null;

    /// <summary>Refuses a reference code that names no grain, before any grain is asked.</summary>
    public static Refusal? CheckReferenceCode(string field, string? id) =>
        IsReferenceCode(id) ? null : Refusal.Invalid("invalid-reference", ReferenceCodeRule, field);

    public static bool IsKbli(string? value) => Matches(KbliRegex(), value);

    public static bool IsNib(string? value) => Matches(NibRegex(), value);

    /// <summary>
    /// A plausible NIK: 16 digits; a province code that exists (Aceh 11 ... Papua 9x) and non-zero regency and
    /// district codes; a real birth date (day 01-31, or 41-71 for women, that exists in its month); a serial
    /// above 0000. It is only checked: no address or birth date is ever inferred from it.
    /// </summary>
    public static bool IsPlausibleNik(string nik)
    {
        if (!Matches(NikRegex(), nik))
        {
            return false;
        }
        var province = int.Parse(nik.AsSpan(0, 2));
        var regency = int.Parse(nik.AsSpan(2, 2));
        var district = int.Parse(nik.AsSpan(4, 2));
        var day = int.Parse(nik.AsSpan(6, 2));
        var month = int.Parse(nik.AsSpan(8, 2));
        var serial = int.Parse(nik.AsSpan(12, 4));
        if (day > 40)
        {
            day -= 40;
        }
        // February 29 is fine: the two-digit year may be a leap year.
        return ProvinceCodes.Contains(province) && regency > 0 && district > 0 && serial > 0
            && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(2000, month);
    }

    /// <summary>The province codes of Kemendagri (Permendagri 58/2021 and the 2022 Papuan provinces).</summary>
    private static readonly HashSet<int> ProvinceCodes =
    [
        11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53,
        61, 62, 63, 64, 65, 71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96, 97,
    ];

    /// <summary>An Indonesian mobile number: 08xx, 628xx or +628xx with 9 to 13 digits after the 8.</summary>
    public static bool IsIndonesianPhone(string phone) => phone.Length <= MaxPhoneLength && Matches(PhoneRegex(), phone.Replace(" ", "").Replace("-", ""));

    /// <summary>The whole value matches, as JSON Schema reads the pattern: .NET's $ also matches before a final newline.</summary>
    private static bool Matches(Regex pattern, string? value) => value is not null && !value.EndsWith('\n') && pattern.IsMatch(value);

    [GeneratedRegex(ReferenceCodePattern)]
    private static partial Regex ReferenceCodeRegex();

    [GeneratedRegex(KbliPattern)]
    private static partial Regex KbliRegex();

    [GeneratedRegex(NibPattern)]
    private static partial Regex NibRegex();

    [GeneratedRegex(NikPattern)]
    private static partial Regex NikRegex();

    [GeneratedRegex(PhonePattern)]
    private static partial Regex PhoneRegex();
}
