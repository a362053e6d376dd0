using System.Text;
using System.Text.Json;

namespace Aiia.Codegen.Runtime.Tests;

/// <summary>
/// The printer of generated records with something to hide: the compiler's <c>Name = value</c> text, sensitive values
/// redacted, free-form JSON as its kind, an absent optional member left out with its separator.
/// </summary>
public sealed class ApiRecordPrinterTests
{
    [Fact]
    public void Prints_names_and_values_as_the_compiler_does_redacting_what_is_marked()
    {
        var builder = new StringBuilder();
        using var json = JsonDocument.Parse("""{"token":"secret-value"}""");

        bool printed = ApiRecordPrinter.Print(
            builder,
            "Id", 7,
            "Name", null,
            "Code", ApiRecordPrinter.Redact("secret-value"),
            "Missing", ApiRecordPrinter.Redact(null),
            "Extra", ApiRecordPrinter.Json(json.RootElement),
            "None", ApiRecordPrinter.Json(null));

        Assert.True(printed);
        Assert.Equal("Id = 7, Name = , Code = [redacted], Missing = null, Extra = [JSON Object], None = null", builder.ToString());
    }

    [Fact]
    public void An_absent_optional_member_is_left_out_with_its_separator()
    {
        var builder = new StringBuilder();

        ApiRecordPrinter.Print(builder, "Undocumented", ApiRecordPrinter.Optional(null), "Id", 1, "Kept", ApiRecordPrinter.Optional(null));

        Assert.Equal("Id = 1", builder.ToString());
    }

    [Fact]
    public void A_derived_record_continues_after_its_base_members()
    {
        var afterBase = new StringBuilder("Kind = circle");
        var afterNothing = new StringBuilder();

        ApiRecordPrinter.PrintAfter(afterBase, printed: true, "Radius", 2);
        ApiRecordPrinter.PrintAfter(afterNothing, printed: false, "Radius", 2);

        Assert.Equal("Kind = circle, Radius = 2", afterBase.ToString());
        Assert.Equal("Radius = 2", afterNothing.ToString());
    }
}
