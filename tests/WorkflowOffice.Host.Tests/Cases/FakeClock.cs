namespace WorkflowOffice.Host.Tests.Cases;

/// <summary>A clock tests move by hand; the engine's timers fire when the due-timer sweep runs after a move.</summary>
public sealed class FakeClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
