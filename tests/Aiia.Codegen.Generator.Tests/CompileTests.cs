using Aiia.Codegen.Generator.Tests.Infrastructure;

namespace Aiia.Codegen.Generator.Tests;

/// <summary>
/// Generated code compiles with zero diagnostics under the strictest settings a consumer may use: nullable on,
/// warning level 9999, XML-doc diagnostics on (so <c>TreatWarningsAsErrors</c> can never break a consumer).
/// </summary>
public sealed class CompileTests
{
    public static TheoryData<string> Specs => new(SpecFile.All);

    [Theory]
    [MemberData(nameof(Specs))]
    public void EachSpecCompilesWithoutDiagnostics(string specFile)
    {
        var run = GeneratorHarness.Run([SpecFile.Load(specFile)]);

        Assert.True(run.GeneratorDiagnostics.IsEmpty, GeneratorHarness.Describe(run.GeneratorDiagnostics));
        Assert.NotEmpty(run.Sources);
        var diagnostics = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(diagnostics.IsEmpty, $"{diagnostics.Length} diagnostics:\n{GeneratorHarness.Describe(diagnostics)}");
    }

    [Fact]
    public void AllSpecsCompileTogetherInOneCompilation()
    {
        var run = GeneratorHarness.Run(
        [
            SpecFile.Load(SpecFile.AiiaSpec).WithNamespace("Contoso.Apis.Aiia"),
            SpecFile.Load(SpecFile.PetstoreSpec).WithNamespace("Contoso.Apis.Pets"),
            SpecFile.Load(SpecFile.LedgerSpec).WithNamespace("Contoso.Apis.Ledger"),
        ]);

        Assert.True(run.GeneratorDiagnostics.IsEmpty, GeneratorHarness.Describe(run.GeneratorDiagnostics));
        Assert.Equal(3, run.Sources.Count(s => s.HintName.EndsWith(".Client.g.cs", StringComparison.Ordinal)));
        var diagnostics = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(diagnostics.IsEmpty, $"{diagnostics.Length} diagnostics:\n{GeneratorHarness.Describe(diagnostics)}");
        Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName("Contoso.Apis.Aiia.AiiaAuthenticationClient"));
        Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName("Contoso.Apis.Pets.PetstoreClient"));
        Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName("Contoso.Apis.Ledger.LedgerClient"));
    }

    [Fact]
    public void ConsumerCodeUsingTheAiiaClientCompiles()
    {
        // The promises a user relies on: a public constructor taking an HttpClient (plus the spec's credentials),
        // OperationIdAsync methods with optional parameters defaulted and a trailing CancellationToken, enums with
        // PascalCase members that keep an undocumented wire value and a Kind to switch on (with an Unknown member),
        // and a partial client class the user can extend.
        const string consumer = """
            using System.Net.Http;
            using System.Threading;
            using System.Threading.Tasks;

            namespace Contoso.Consumer;

            public partial class AiiaAuthenticationClient
            {
                /// <summary>A member the user adds to the generated client.</summary>
                public Task<AuthenticationStatus> StatusNowAsync(string sessionId) => GetAuthenticationStatusAsync(sessionId);
            }

            internal static class Usage
            {
                internal static async Task<bool> RunAsync(HttpClient http, CancellationToken cancellationToken)
                {
                    var client = new AiiaAuthenticationClient(http, new AiiaAuthenticationClientOptions { ClientId = "client-id", ClientSecret = "client-secret" });
                    AuthenticationStatus status = await client.GetAuthenticationStatusAsync("session", cancellationToken: cancellationToken);
                    AuthenticationStatus longPoll = await client.GetAuthenticationStatusAsync("session", 30, cancellationToken);
                    var pending = longPoll.State.Kind switch
                    {
                        AuthenticationStateKind.InProgress => true,
                        AuthenticationStateKind.Unknown => longPoll.State.ToWireValue().Length > 0,
                        _ => false,
                    };
                    return status.State == AuthenticationState.Succeeded && !pending && status.UndocumentedProperties is null;
                }
            }
            """;

        var run = GeneratorHarness.Run([SpecFile.Load(SpecFile.AiiaSpec)], [consumer]);

        var diagnostics = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(diagnostics.IsEmpty, $"{diagnostics.Length} diagnostics:\n{GeneratorHarness.Describe(diagnostics)}");
    }

    [Fact]
    public void ConsumerCodeUsingThePetstoreClientCompiles()
    {
        const string consumer = """
            using System.Collections.Generic;
            using System.Net.Http;
            using System.Threading.Tasks;

            namespace Contoso.Consumer;

            internal static class Usage
            {
                internal static async Task<int> RunAsync(HttpClient http)
                {
                    var client = new PetstoreClient(http, new PetstoreClientOptions { ApiKey = "api-key" });
                    IReadOnlyList<Pet> all = await client.ListPetsAsync();
                    Pet pet = await client.GetPetAsync(42L);
                    await client.DeletePetAsync(pet.Id, "rev-1");
                    PetStatus status = PetStatus.InProgress;
                    return all.Count + (status == pet.Status ? 1 : 0);
                }
            }
            """;

        var run = GeneratorHarness.Run([SpecFile.Load(SpecFile.PetstoreSpec)], [consumer]);

        var diagnostics = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(diagnostics.IsEmpty, $"{diagnostics.Length} diagnostics:\n{GeneratorHarness.Describe(diagnostics)}");
    }

    [Fact]
    public void ConsumerCodeUsingTheLedgerClientCompiles()
    {
        // A spec without security schemes: the client needs no credentials.
        const string consumer = """
            using System.Net.Http;
            using System.Threading.Tasks;

            namespace Contoso.Consumer;

            internal static class Usage
            {
                internal static async Task<bool> RunAsync(HttpClient http)
                {
                    var client = new LedgerClient(http);
                    Health health = await client.GetHealthAsync();
                    TransferPage page = await client.ListTransfersAsync("ledger", kind: TransferKind.AccountToAccount, pageSize: 10);
                    await client.UpdateLedgerAsync("ledger");
                    return health.Up && page.Items.Count > 0 && TransferKind.Class != TransferKind.StandingOrder;
                }
            }
            """;

        var run = GeneratorHarness.Run([SpecFile.Load(SpecFile.LedgerSpec)], [consumer]);

        var diagnostics = GeneratorHarness.Visible(run.CompilationDiagnostics);
        Assert.True(diagnostics.IsEmpty, $"{diagnostics.Length} diagnostics:\n{GeneratorHarness.Describe(diagnostics)}");
    }
}
