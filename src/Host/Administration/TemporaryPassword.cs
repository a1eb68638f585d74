using System.Security.Cryptography;

namespace WorkflowOffice.Host.Administration;

/// <summary>
/// A temporary password for a new staff member, shown once to the administrator: long enough for the sign-in rules
/// (upper, lower, digit, ten characters or more) and without look-alike characters (0/O, 1/l/I) so it can be read
/// out on the phone.
/// </summary>
public static class TemporaryPassword
{
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghijkmnpqrstuvwxyz";
    private const string Digits = "23456789";

    public static string Create()
    {
        const string all = Upper + Lower + Digits;
        var chars = new char[14];
        chars[0] = Upper[RandomNumberGenerator.GetInt32(Upper.Length)];
        chars[1] = Lower[RandomNumberGenerator.GetInt32(Lower.Length)];
        chars[2] = Digits[RandomNumberGenerator.GetInt32(Digits.Length)];
        for (var i = 3; i < chars.Length; i++)
        {
            chars[i] = all[RandomNumberGenerator.GetInt32(all.Length)];
        }

        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }
}
