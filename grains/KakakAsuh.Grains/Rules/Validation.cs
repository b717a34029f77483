using System.Text.RegularExpressions;

namespace KakakAsuh.Rules;

/// <summary>Collects field errors, so a person sees everything wrong with their input at once.</summary>
public sealed partial class Validation
{
    public const int MaxNameLength = 200;

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

    public Common.Refusal ToRefusal(string code, string summary) =>
        new(Common.RefusalKind.Invalid, code, $"{summary}: {string.Join(" ", errors.Values.SelectMany(v => v))}", Errors);

    public static bool IsDigits(string? value, int length) => value is not null && value.Length == length && value.All(char.IsAsciiDigit);

    /// <summary>
    /// A plausible NIK: 16 digits; a province code of 11-94; a birth day of 01-31 (41-71 for women) and a
    /// month of 01-12.
    /// </summary>
    public static bool IsPlausibleNik(string nik)
    {
        if (!IsDigits(nik, 16))
        {
            return false;
        }
        var province = int.Parse(nik.AsSpan(0, 2));
        var day = int.Parse(nik.AsSpan(6, 2));
        var month = int.Parse(nik.AsSpan(8, 2));
        return province is >= 11 and <= 94 && (day is >= 1 and <= 31 || day is >= 41 and <= 71) && month is >= 1 and <= 12;
    }

    /// <summary>An Indonesian mobile number: 08xx, 628xx or +628xx with 9 to 13 digits after the 8.</summary>
    public static bool IsIndonesianPhone(string phone) => PhonePattern().IsMatch(phone.Replace(" ", "").Replace("-", ""));

    [GeneratedRegex(@"^(\+62|62|0)8[1-9][0-9]{6,11}$")]
    private static partial Regex PhonePattern();
}
