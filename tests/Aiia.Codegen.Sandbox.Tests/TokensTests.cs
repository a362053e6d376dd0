using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;

namespace Aiia.Codegen.Sandbox.Tests;

/// <summary><c>POST /v1/authentication/tokens</c>: single-use codes that expire one minute after issue.</summary>
public sealed class TokensTests
{
    [Fact]
    public async Task A_code_is_exchanged_for_the_documented_tokens_response()
    {
        FakeTimeProvider clock = TestClock.Create();
        await using var api = await SandboxApi.StartAsync(new AiiaSandboxOptions { TimeProvider = clock });
        (_, string code) = await api.LoginAsync();

        ApiResult result = await api.ExchangeAsync(code);

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.True(result.Json.GetProperty("success").GetBoolean());
        Assert.Equal("DemoBank", result.String("providerId"));
        JsonElement session = result.Json.GetProperty("session");
        Assert.Equal(TestClock.Start.AddHours(1), session.GetProperty("expires").GetDateTimeOffset());
        AssertBase64WithAwkwardCharacters(session.GetProperty("accessToken").GetString()!);
        JsonElement login = result.Json.GetProperty("login");
        Assert.Equal("DemoBank", login.GetProperty("providerId").GetString());
        Assert.Equal(TestClock.Start.AddDays(180), login.GetProperty("expires").GetDateTimeOffset());
        AssertBase64WithAwkwardCharacters(login.GetProperty("loginToken").GetString()!);
        Assert.True(login.GetProperty("supportsUnattended").GetBoolean());
        // The seed example's label: "DemoBank 1/23/2019 1:12:33 PM", and the test clock starts at that moment.
        Assert.Equal("DemoBank 1/23/2019 1:12:33 PM", login.GetProperty("label").GetString());
        Assert.Matches("^[0-9a-f]{64}$", login.GetProperty("subjectId").GetString());
    }

    [Fact]
    public async Task The_subject_id_is_stable_for_a_person_and_differs_between_people()
    {
        await using var api = await SandboxApi.StartAsync();

        string first = SubjectId(await api.ExchangeAsync((await api.LoginAsync("person-aaaa")).Code));
        string again = SubjectId(await api.ExchangeAsync((await api.LoginAsync("person-aaaa")).Code));
        string other = SubjectId(await api.ExchangeAsync((await api.LoginAsync("person-bbbb")).Code));

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public async Task A_code_is_single_use_and_a_second_exchange_counts_as_a_duplicate()
    {
        await using var api = await SandboxApi.StartAsync();
        (_, string code) = await api.LoginAsync();

        ApiResult first = await api.ExchangeAsync(code);
        ApiResult second = await api.ExchangeAsync(code);

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(HttpStatusCode.BadRequest, second.Status);
        Assert.Equal("InvalidInput", second.Error);
        Assert.Equal("Unknown code", second.Reason);
        Assert.Equal(2, api.Sandbox.Statistics.GetExchangeCount(code));
        Assert.Equal(2, api.Sandbox.Statistics.MaxExchangesOfOneCode);
        Assert.Equal(1, api.Sandbox.Statistics.DuplicateCodeExchanges);
        Assert.Equal(1, api.Sandbox.Statistics.SuccessfulCodeExchanges);
    }

    [Fact]
    public async Task An_unknown_code_is_400_unknown_code()
    {
        await using var api = await SandboxApi.StartAsync();

        ApiResult result = await api.ExchangeAsync("qgAAAAVDaXBoZXJ0ZXh0AHAAAAAA+/=");

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("Unknown code", result.Reason);
        Assert.DoesNotContain("qgAAAAVDaXBoZXJ0ZXh0", result.Text);
    }

    [Fact]
    public async Task A_code_expires_one_minute_after_it_was_issued()
    {
        FakeTimeProvider clock = TestClock.Create();
        await using var api = await SandboxApi.StartAsync(new AiiaSandboxOptions { TimeProvider = clock });
        (_, string code) = await api.LoginAsync();

        clock.Advance(TimeSpan.FromSeconds(61));
        ApiResult result = await api.ExchangeAsync(code);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("InvalidInput", result.Error);
        Assert.Equal("Code expired", result.Reason);
        Assert.Equal(1, api.Sandbox.Statistics.ExpiredCodeExchanges);
    }

    [Fact]
    public async Task A_code_still_works_just_before_its_minute_is_up()
    {
        FakeTimeProvider clock = TestClock.Create();
        await using var api = await SandboxApi.StartAsync(new AiiaSandboxOptions { TimeProvider = clock });
        (_, string code) = await api.LoginAsync();

        clock.Advance(TimeSpan.FromSeconds(59));
        ApiResult result = await api.ExchangeAsync(code);

        Assert.Equal(HttpStatusCode.OK, result.Status);
    }

    [Fact]
    public async Task The_code_lifetime_starts_when_the_person_finishes_not_at_initialize()
    {
        FakeTimeProvider clock = TestClock.Create();
        await using var api = await SandboxApi.StartAsync(new AiiaSandboxOptions { TimeProvider = clock });
        string sessionId = await api.InitializeAsync();
        clock.Advance(TimeSpan.FromMinutes(10));
        api.Sandbox.CompleteLogin(sessionId);
        string code = (await api.StatusAsync(sessionId)).String("code");

        clock.Advance(TimeSpan.FromSeconds(30));
        ApiResult result = await api.ExchangeAsync(code);

        Assert.Equal(HttpStatusCode.OK, result.Status);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"code":null}""")]
    [InlineData("""{"code":42}""")]
    public async Task A_body_without_a_code_is_400_invalid_input(string body)
    {
        await using var api = await SandboxApi.StartAsync();

        ApiResult result = await api.PostAsync("/v1/authentication/tokens", body);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("InvalidInput", result.Error);
        Assert.Equal(0, api.Sandbox.Statistics.CodeExchangeAttempts);
    }

    private static string SubjectId(ApiResult tokens) => tokens.Json.GetProperty("login").GetProperty("subjectId").GetString()!;

    private static void AssertBase64WithAwkwardCharacters(string value)
    {
        Assert.NotEmpty(Convert.FromBase64String(value));
        Assert.Contains('+', value);
        Assert.Contains('/', value);
        Assert.EndsWith("=", value);
    }
}
