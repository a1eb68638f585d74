using WorkflowOffice.Activities.Attestation;
using WorkflowOffice.Activities.Tests.Support;
using WorkflowOffice.Activities.Text;

namespace WorkflowOffice.Activities.Tests.Attestation;

public class OneTimeCodeTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Issue_GivesSixDigits_AndStoresOnlyAHash()
    {
        var issued = OneTimeCode.Issue(_clock);

        issued.Code.Should().MatchRegex("^[0-9]{6}$");
        issued.State.Hash.Should().NotContain(issued.Code);
        issued.State.ToString().Should().NotContain(issued.Code);
        issued.ToString().Should().NotContain(issued.Code);
        issued.State.ExpiresAt.Should().Be(_clock.GetUtcNow().AddMinutes(10));
    }

    [Fact]
    public void Issue_GivesDifferentCodesAndSalts()
    {
        var codes = Enumerable.Range(0, 20).Select(_ => OneTimeCode.Issue(_clock)).ToList();

        codes.Select(c => c.State.Salt).Should().OnlyHaveUniqueItems();
        codes.Select(c => c.Code).Distinct().Count().Should().BeGreaterThan(1);
    }

    [Fact]
    public void Verify_AcceptsTheRightCode_OnceOnly()
    {
        var issued = OneTimeCode.Issue(_clock);

        var first = OneTimeCode.Verify(issued.State, issued.Code, _clock);
        var second = OneTimeCode.Verify(first.State, issued.Code, _clock);

        first.IsAccepted.Should().BeTrue();
        first.State.UsedAt.Should().Be(_clock.GetUtcNow());
        second.Result.Should().Be(OneTimeCodeResult.AlreadyUsed);
    }

    [Fact]
    public void Verify_AcceptsTheCodeTypedInArabicIndicDigitsWithSpaces()
    {
        var issued = OneTimeCode.Issue(_clock);
        var typed = string.Join(' ', ArabicDigits.ToArabicIndic(issued.Code).ToCharArray());

        OneTimeCode.Verify(issued.State, typed, _clock).IsAccepted.Should().BeTrue();
    }

    [Fact]
    public void Verify_RefusesTheRightCode_AfterTenMinutes()
    {
        var issued = OneTimeCode.Issue(_clock);
        _clock.Advance(TimeSpan.FromMinutes(10));

        var result = OneTimeCode.Verify(issued.State, issued.Code, _clock);

        result.Result.Should().Be(OneTimeCodeResult.Expired);
        result.Message.En.Should().Contain("expired");
    }

    [Fact]
    public void Verify_AcceptsTheRightCode_JustBeforeExpiry()
    {
        var issued = OneTimeCode.Issue(_clock);
        _clock.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromSeconds(1));

        OneTimeCode.Verify(issued.State, issued.Code, _clock).IsAccepted.Should().BeTrue();
    }

    [Fact]
    public void Verify_LocksTheCode_AfterFiveWrongTries_EvenForTheRightCode()
    {
        var issued = OneTimeCode.Issue(_clock);
        var wrong = issued.Code == "000000" ? "111111" : "000000";
        var state = issued.State;
        var attemptsLeft = new List<int>();
        for (var i = 0; i < 5; i++)
        {
            var attempt = OneTimeCode.Verify(state, wrong, _clock);
            attempt.Result.Should().Be(OneTimeCodeResult.WrongCode);
            attemptsLeft.Add(attempt.AttemptsLeft);
            state = attempt.State;
        }

        var afterLock = OneTimeCode.Verify(state, issued.Code, _clock);

        attemptsLeft.Should().Equal(4, 3, 2, 1, 0);
        afterLock.Result.Should().Be(OneTimeCodeResult.TooManyAttempts);
        afterLock.IsAccepted.Should().BeFalse();
    }
}
