using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using WorkflowOffice.Activities.Text;

namespace WorkflowOffice.Activities.Attestation;

/// <summary>
/// Issues and verifies the six-digit code sent to the applicant's mobile to attest their data (STEP-4: the applicant
/// signs, acknowledging direct responsibility for the accuracy of the information), as an alternative to a drawn
/// signature.
/// </summary>
/// <remarks>
/// The code comes from a cryptographic random generator, is stored only as a salted HMAC, expires after
/// <see cref="Lifetime"/>, allows <see cref="MaxAttempts"/> wrong tries, is accepted once, and is compared in constant
/// time. A six-digit code's hash can be brute-forced offline; the short lifetime is what protects it, not the hash.
/// </remarks>
public static class OneTimeCode
{
    /// <summary>How long a code is accepted.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    /// <summary>Wrong tries allowed before the code is locked.</summary>
    public const int MaxAttempts = 5;

    /// <summary>The number of digits.</summary>
    public const int Length = 6;

    /// <summary>Issues a new code.</summary>
    /// <param name="timeProvider">The clock (a fake one in tests).</param>
    public static IssuedOneTimeCode Issue(TimeProvider timeProvider)
    {
        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
        var salt = RandomNumberGenerator.GetBytes(16);
        var now = timeProvider.GetUtcNow();
        var state = new OneTimeCodeState(Convert.ToBase64String(salt), Convert.ToBase64String(HashOf(salt, code)), now, now + Lifetime);
        return new IssuedOneTimeCode(code, state);
    }

    /// <summary>Checks a code the applicant typed (Arabic-Indic digits and spaces accepted).</summary>
    /// <param name="state">The stored state.</param>
    /// <param name="candidate">What the applicant typed.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <returns>The result and the state to store in place of <paramref name="state"/>.</returns>
    public static OneTimeCodeVerification Verify(OneTimeCodeState state, string? candidate, TimeProvider timeProvider)
    {
        var now = timeProvider.GetUtcNow();
        var left = Math.Max(0, MaxAttempts - state.FailedAttempts);
        if (state.UsedAt is not null)
        {
            return new(OneTimeCodeResult.AlreadyUsed, state, left, new BilingualText(
                "تم استخدام هذا الرمز من قبل، يرجى طلب رمز جديد.", "This code has already been used; please request a new one."));
        }

        if (state.FailedAttempts >= MaxAttempts)
        {
            return new(OneTimeCodeResult.TooManyAttempts, state, 0, new BilingualText(
                "تجاوزت عدد المحاولات المسموح بها، يرجى طلب رمز جديد.", "Too many wrong attempts; please request a new code."));
        }

        if (now >= state.ExpiresAt)
        {
            return new(OneTimeCodeResult.Expired, state, left, new BilingualText(
                "انتهت صلاحية الرمز، يرجى طلب رمز جديد.", "The code has expired; please request a new one."));
        }

        var typed = new string(ArabicDigits.Normalize(candidate).Where(c => !char.IsWhiteSpace(c)).ToArray());
        var expected = Convert.FromBase64String(state.Hash);
        var actual = HashOf(Convert.FromBase64String(state.Salt), typed);
        if (CryptographicOperations.FixedTimeEquals(expected, actual))
        {
            return new(OneTimeCodeResult.Accepted, state with { UsedAt = now }, left, new BilingualText(
                "تم التحقق من الرمز، شكراً لك.", "The code is confirmed. Thank you."));
        }

        var failed = state with { FailedAttempts = state.FailedAttempts + 1 };
        var remaining = MaxAttempts - failed.FailedAttempts;
        return new(OneTimeCodeResult.WrongCode, failed, remaining, new BilingualText(
            $"الرمز غير صحيح. المحاولات المتبقية: {ArabicDigits.Format(remaining)}.",
            $"The code is not correct. Attempts left: {remaining.ToString(CultureInfo.InvariantCulture)}."));
    }

    private static byte[] HashOf(byte[] salt, string code) => HMACSHA256.HashData(salt, Encoding.UTF8.GetBytes(code));
}
