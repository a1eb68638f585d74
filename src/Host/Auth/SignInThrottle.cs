using System.Collections.Concurrent;

namespace WorkflowOffice.Host.Auth;

/// <summary>
/// Counts failed sign-ins in memory, per client address and per account <em>from that address</em>, over a sliding
/// window. An attacker's wrong passwords therefore throttle the attacker's own address, never the staff member
/// signing in from elsewhere: no anonymous request can lock a staff account out. Unknown e-mails are counted
/// exactly like existing ones, so the answers do not reveal which accounts exist.
/// </summary>
public sealed class SignInThrottle(TimeProvider clock, Microsoft.Extensions.Options.IOptions<AuthOptions> options)
{
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _failures = new(StringComparer.Ordinal);

    /// <summary>What a new attempt from <paramref name="address"/> for <paramref name="email"/> meets.</summary>
    public SignInBlock Check(string address, string email)
    {
        var settings = options.Value;
        if (Count(AddressKey(address), settings.LockoutDuration) >= settings.MaxFailedSignInsPerAddress)
        {
            return SignInBlock.Address;
        }

        return Count(AccountKey(address, email), settings.LockoutDuration) >= settings.MaxFailedAccessAttempts
            ? SignInBlock.Account
            : SignInBlock.None;
    }

    public void Failed(string address, string email)
    {
        var now = clock.GetUtcNow();
        foreach (var key in new[] { AddressKey(address), AccountKey(address, email) })
        {
            var queue = _failures.GetOrAdd(key, _ => new Queue<DateTimeOffset>());
            lock (queue)
            {
                queue.Enqueue(now);
            }
        }

        if (_failures.Count > 100_000)
        {
            Sweep(options.Value.LockoutDuration);
        }
    }

    /// <summary>A successful sign-in clears that account's count from that address (not the address's).</summary>
    public void Succeeded(string address, string email) => _failures.TryRemove(AccountKey(address, email), out _);

    private int Count(string key, TimeSpan window)
    {
        if (!_failures.TryGetValue(key, out var queue))
        {
            return 0;
        }

        var since = clock.GetUtcNow() - window;
        lock (queue)
        {
            while (queue.Count > 0 && queue.Peek() <= since)
            {
                queue.Dequeue();
            }

            return queue.Count;
        }
    }

    private void Sweep(TimeSpan window)
    {
        foreach (var key in _failures.Keys)
        {
            if (Count(key, window) == 0)
            {
                _failures.TryRemove(key, out _);
            }
        }
    }

    private static string AddressKey(string address) => "a|" + address;

    private static string AccountKey(string address, string email) => "u|" + address + "|" + email.Trim().ToUpperInvariant();
}
