using System.Diagnostics;

namespace WorkflowOffice.Host.Tests.Workflows;

/// <summary>Bounded polling for what a real scheduler does in its own time (never a fixed sleep).</summary>
internal static class Eventually
{
    public static async Task<T> WaitForAsync<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan? timeout = null)
    {
        var limit = timeout ?? TimeSpan.FromSeconds(30);
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var value = await probe();
            if (done(value) || watch.Elapsed > limit)
            {
                return value;
            }

            await Task.Delay(100);
        }
    }
}
