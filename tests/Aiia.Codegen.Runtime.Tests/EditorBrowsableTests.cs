using System.ComponentModel;
using System.Reflection;

namespace Aiia.Codegen.Runtime.Tests;

/// <summary>
/// What only generated code calls is public but hidden from IntelliSense (<c>[EditorBrowsable(Never)]</c>), and what
/// users write or catch is not: exactly the list in docs/runtime-contract.md ("What users see").
/// </summary>
public sealed class EditorBrowsableTests
{
    private static readonly string[] HiddenTypes =
    [
        nameof(ApiArguments), nameof(ApiClientRegistration), nameof(ApiFormat), nameof(ApiHeader), nameof(ApiJson), nameof(ApiJsonExactScope), nameof(ApiRequest),
        nameof(ApiTransport), nameof(SessionRenewal), nameof(ApiComposition), nameof(ApiRecordPrinter),
        nameof(ApiJsonProperties), nameof(ApiJsonObjectState), nameof(ApiJsonUnlisted), nameof(ApiJsonValues), nameof(ApiPresence),
        typeof(ApiJsonObjectConverter<>).Name, typeof(ApiJsonList<>).Name, typeof(ApiJsonMap<>).Name, typeof(ApiJsonNullable<>).Name, typeof(ApiJsonOrNull<>).Name,
    ];

    private static readonly string[] HiddenMembers =
    [
        nameof(ApiUndocumentedProperties) + "." + nameof(ApiUndocumentedProperties.Keep),
        nameof(ApiUndocumentedProperties) + "." + nameof(ApiUndocumentedProperties.WriteTo),
    ];

    private static bool Hidden(MemberInfo member) =>
        member.GetCustomAttribute<EditorBrowsableAttribute>() is { State: EditorBrowsableState.Never };

    [Fact]
    public void Exactly_the_plumbing_types_are_hidden()
    {
        var hidden = typeof(ApiTransport).Assembly.GetExportedTypes().Where(Hidden).Select(t => t.Name).Order(StringComparer.Ordinal);

        Assert.Equal(HiddenTypes.Order(StringComparer.Ordinal), hidden);
    }

    [Fact]
    public void Exactly_the_plumbing_members_of_user_facing_types_are_hidden()
    {
        var hidden = typeof(ApiTransport).Assembly.GetExportedTypes().Where(t => !Hidden(t))
            .SelectMany(t => t.GetMembers(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(Hidden)
            .Select(m => m.DeclaringType!.Name + "." + m.Name)
            .Distinct()
            .Order(StringComparer.Ordinal);

        Assert.Equal(HiddenMembers.Order(StringComparer.Ordinal), hidden);
    }

    [Theory]
    [InlineData(typeof(ApiClientOptions))]
    [InlineData(typeof(ApiHttp))]
    [InlineData(typeof(PollOptions))]
    [InlineData(typeof(PollResult<>))]
    [InlineData(typeof(SingleUseCode))]
    [InlineData(typeof(AuthorizationRedirect))]
    [InlineData(typeof(ApiException))]
    [InlineData(typeof(ApiUndocumentedProperties))]
    [InlineData(typeof(ApiResponseCapture))]
    [InlineData(typeof(ApiResponseHeaders))]
    public void User_facing_types_stay_browsable(Type type) => Assert.False(Hidden(type), type.Name);
}
