using Microsoft.Extensions.Time.Testing;

namespace Aiia.Codegen.Runtime.Tests;

/// <summary>A code is handed out once, never after its lifetime, and never shown.</summary>
public sealed class SingleUseCodeTests
{
    private const string Value = "c0de+SECRET/4b9e==";
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    [Fact]
    public void A_fresh_code_is_redeemed_once_and_stamped_by_the_clock()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero));
        SingleUseCode code = SingleUseCode.Obtained(Value, Minute, time);

        Assert.Equal(time.GetUtcNow(), code.ObtainedAt);
        Assert.Equal(Minute, code.Lifetime);
        Assert.Equal(time.GetUtcNow() + Minute, code.ExpiresAt);
        Assert.False(code.IsRedeemed);
        Assert.False(code.IsExpired(time));

        time.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(Value, code.Redeem(time));
        Assert.True(code.IsRedeemed);
    }

    [Fact]
    public void A_second_redeem_is_refused_without_the_value()
    {
        var time = new FakeTimeProvider();
        SingleUseCode code = SingleUseCode.Obtained(Value, Minute, time);
        code.Redeem(time);

        var ex = Assert.Throws<SingleUseCodeException>(() => code.Redeem(time));

        Assert.Equal(SingleUseCodeProblem.AlreadyRedeemed, ex.Problem);
        Assert.IsAssignableFrom<InvalidOperationException>(ex);
        Assert.DoesNotContain(Value, ex.ToString());
        Assert.True(code.IsRedeemed);
    }

    [Fact]
    public void After_its_lifetime_the_code_is_expired_and_stays_unredeemed()
    {
        var time = new FakeTimeProvider();
        SingleUseCode code = SingleUseCode.Obtained(Value, Minute, time);
        time.Advance(Minute + TimeSpan.FromSeconds(1));

        Assert.True(code.IsExpired(time));
        var ex = Assert.Throws<SingleUseCodeException>(() => code.Redeem(time));

        Assert.Equal(SingleUseCodeProblem.Expired, ex.Problem);
        Assert.DoesNotContain(Value, ex.ToString());
        Assert.False(code.IsRedeemed);
        // Still expired (not "already redeemed") on a second try: the value was never handed out.
        Assert.Equal(SingleUseCodeProblem.Expired, Assert.Throws<SingleUseCodeException>(() => code.Redeem(time)).Problem);
        Assert.False(code.IsRedeemed);
    }

    [Fact]
    public void Exactly_at_ExpiresAt_the_code_is_expired()
    {
        var time = new FakeTimeProvider();
        SingleUseCode code = SingleUseCode.Obtained(Value, Minute, time);

        time.Advance(Minute - TimeSpan.FromTicks(1));
        Assert.False(code.IsExpired(time));

        time.Advance(TimeSpan.FromTicks(1));
        Assert.Equal(code.ExpiresAt, time.GetUtcNow());
        Assert.True(code.IsExpired(time));
        Assert.Equal(SingleUseCodeProblem.Expired, Assert.Throws<SingleUseCodeException>(() => code.Redeem(time)).Problem);
        Assert.False(code.IsRedeemed);
    }

    [Fact]
    public void Expiry_is_decided_by_the_clock_passed_to_Redeem()
    {
        var obtained = new FakeTimeProvider();
        SingleUseCode code = SingleUseCode.Obtained(Value, Minute, obtained);
        var later = new FakeTimeProvider(obtained.GetUtcNow() + TimeSpan.FromMinutes(2));

        Assert.Equal(SingleUseCodeProblem.Expired, Assert.Throws<SingleUseCodeException>(() => code.Redeem(later)).Problem);
        Assert.Equal(Value, code.Redeem(obtained));
    }

    [Fact]
    public async Task Concurrent_redeems_give_exactly_one_success()
    {
        const int Threads = 32;
        var time = new FakeTimeProvider();
        for (int round = 0; round < 20; round++)
        {
            SingleUseCode code = SingleUseCode.Obtained(Value, Minute, time);
            using var start = new Barrier(Threads);
            Task<string?>[] tasks = Enumerable.Range(0, Threads).Select(_ => Task.Factory.StartNew(
                () =>
                {
                    start.SignalAndWait(TimeSpan.FromSeconds(30));
                    try
                    {
                        return code.Redeem(time);
                    }
                    catch (SingleUseCodeException ex) when (ex.Problem == SingleUseCodeProblem.AlreadyRedeemed)
                    {
                        return null;
                    }
                },
                CancellationToken.None,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default)).ToArray();

            string?[] results = await Task.WhenAll(tasks).WaitAsync(TimeSpan.FromSeconds(30));

            Assert.Equal(Value, Assert.Single(results, r => r is not null));
            Assert.True(code.IsRedeemed);
        }
    }

    [Fact]
    public void ToString_shows_the_times_but_never_the_value()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero));
        SingleUseCode code = SingleUseCode.Obtained(Value, Minute, time);

        string before = code.ToString();
        code.Redeem(time);
        string after = code.ToString();

        Assert.DoesNotContain(Value, before);
        Assert.DoesNotContain("SECRET", before);
        Assert.Contains("[redacted]", before);
        Assert.Contains("2024-05-01T12:00:00", before);
        Assert.Contains("IsRedeemed = False", before);
        Assert.DoesNotContain(Value, after);
        Assert.Contains("IsRedeemed = True", after);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void An_empty_value_is_rejected(string? value) =>
        Assert.ThrowsAny<ArgumentException>(() => SingleUseCode.Obtained(value!, Minute, TimeProvider.System));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_lifetime_that_is_not_positive_is_rejected_without_the_value(int seconds)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => SingleUseCode.Obtained(Value, TimeSpan.FromSeconds(seconds), TimeProvider.System));
        Assert.Equal("lifetime", ex.ParamName);
        Assert.DoesNotContain(Value, ex.ToString());
    }

    [Fact]
    public void A_null_clock_is_rejected_everywhere()
    {
        Assert.Throws<ArgumentNullException>(() => SingleUseCode.Obtained(Value, Minute, null!));
        SingleUseCode code = SingleUseCode.Obtained(Value, Minute, TimeProvider.System);
        Assert.Throws<ArgumentNullException>(() => code.Redeem(null!));
        Assert.Throws<ArgumentNullException>(() => code.IsExpired(null!));
        Assert.False(code.IsRedeemed);
    }
}
