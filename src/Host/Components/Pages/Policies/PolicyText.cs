using System.Globalization;
using Microsoft.Extensions.Localization;
using WorkflowOffice.Host.Policies;
using WorkflowOffice.Host.Resources;

namespace WorkflowOffice.Host.Components.Pages.Policies;

/// <summary>Small wording helpers shared by the policy pages.</summary>
internal static class PolicyText
{
    public static bool Arabic => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";

    public static string Language => Arabic ? "ar" : "en";

    public static string Status(IStringLocalizer<SharedResource> l, EditionStatus status) => l["Policies.Status." + status];

    public static string Edition(IStringLocalizer<SharedResource> l, PolicyEdition edition) =>
        string.Format(CultureInfo.CurrentCulture, l["Policies.EditionLabel"], edition.Number, edition.Year);

    public static string Meeting(IStringLocalizer<SharedResource> l, PolicyEdition edition) =>
        edition is { BoardMeetingNumber: { } number, BoardCycle: { } cycle, MeetingDate: { } date }
            ? string.Format(CultureInfo.CurrentCulture, l["Policies.MeetingRecord"], number, date.Year, cycle, Date(date))
            : "—";

    // Riyadh time for people; the database keeps UTC.
    private static readonly TimeZoneInfo Riyadh = TimeZoneInfo.FindSystemTimeZoneById("Asia/Riyadh");

    // ISO dates are isolated left-to-right (U+2066 … U+2069) so that an Arabic sentence does not reverse them.
    public static string Date(DateOnly date) => "\u2066" + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "\u2069";

    public static string Date(DateTimeOffset? at) =>
        at is { } value ? "\u2066" + TimeZoneInfo.ConvertTime(value, Riyadh).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + "\u2069" : "—";

    public static string PolicyName(Policy policy) => Arabic ? policy.NameAr : policy.NameEn;

    public static string Refusal(IStringLocalizer<SharedResource> l, EditionConflictException ex)
    {
        var text = l["Policies.Refused." + ex.Reason];
        return text.ResourceNotFound ? ex.Message : text.Value;
    }
}
