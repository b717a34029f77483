using System.Text.RegularExpressions;

namespace KakakAsuh.Domain.Privacy;

/// <summary>
/// Finds personal data in free text that people write (reasons, notes): any NIK (16 digits, spaces or dashes
/// allowed between them), any Indonesian mobile number (<c>08..</c>, <c>62..</c>, <c>+62..</c>, spaces or dashes
/// allowed), each known phone number in every form (whatever prefix and separators), and each known name, whole or
/// by its words of three letters or more ("Bu Sari" for "Sari Wulandari"), as whole words in any case. Patterns
/// catch numbers nobody told us about (a value replaced by a correction, a typo); names cannot be guessed, so the
/// record's own, current and earlier, are given.
/// </summary>
public sealed partial class PersonalDataFinder
{
    /// <summary>A name's word shorter than this is not searched for alone: it would match ordinary words.</summary>
    public const int MinNameWordLength = 3;

    private readonly Regex? known;

    private readonly bool patterns;

    /// <param name="values">The record's own names, NIKs and phone numbers.</param>
    /// <param name="patterns">Whether any NIK and any phone number is found too, not only <paramref name="values"/>.</param>
    public PersonalDataFinder(IEnumerable<string?> values, bool patterns = true)
    {
        this.patterns = patterns;
        var list = values.Where(v => v != PersonalDataRules.Erased).OfType<string>().Select(v => v.Trim()).Where(v => v.Length >= MinNameWordLength).ToList();
        var names = list.Where(v => v.Any(char.IsLetter))
            .SelectMany(n => n.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Count(char.IsLetter) >= MinNameWordLength).Prepend(n))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(n => n.Length)
            .Select(n => string.Join(@"\s+", n.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape)));
        var phones = list.Select(NationalNumber).OfType<string>().Distinct(StringComparer.Ordinal)
            .Select(d => @"(?:\+?62|0)?[\s.()-]*" + string.Join(@"[\s.()-]*", d.Select(c => c.ToString())));
        var alternatives = phones.Concat(names).ToList();
        known = alternatives.Count == 0 ? null
            : new Regex($@"(?<![\p{{L}}\p{{N}}])(?:{string.Join('|', alternatives)})(?![\p{{L}}\p{{N}}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    /// <summary><paramref name="text"/> with each name, NIK and phone number found replaced by its mark.</summary>
    public string? Replace(string? text, string nameMark, string nikMark, string phoneMark)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }
        var replaced = known?.Replace(text, m => m.Value.Any(char.IsLetter) ? nameMark : phoneMark) ?? text;
        return patterns ? PhoneRegex().Replace(NikRegex().Replace(replaced, nikMark), phoneMark) : replaced;
    }

    /// <summary>The digits of a mobile number after its <c>0</c>, <c>62</c> or <c>+62</c>; null for anything else.</summary>
    public static string? NationalNumber(string value)
    {
        var digits = new string([.. value.Where(char.IsDigit)]);
        var national = value.TrimStart().StartsWith('+') || digits.StartsWith("62", StringComparison.Ordinal) ? digits[2..]
            : digits.StartsWith('0') ? digits[1..] : null;
        return national is { Length: >= 8 and <= 13 } && national[0] == '8' && value.All(c => char.IsDigit(c) || c is ' ' or '-' or '+' or '.' or '(' or ')')
            ? national : null;
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}])[0-9](?:[ -]?[0-9]){15}(?![\p{L}\p{N}])")]
    private static partial Regex NikRegex();

    [GeneratedRegex(@"(?<![\p{L}\p{N}+])(?:\+62|62|0)[ -]?8(?:[ -]?[0-9]){7,12}(?![\p{L}\p{N}])")]
    private static partial Regex PhoneRegex();
}
