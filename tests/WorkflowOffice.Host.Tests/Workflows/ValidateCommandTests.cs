using WorkflowOffice.Host.Cli;
using static WorkflowOffice.Testing.Bpmn;

namespace WorkflowOffice.Host.Tests.Workflows;

/// <summary>The <c>validate</c> verb, run in-process as <c>dotnet run --project src/Host -- validate …</c> runs it.</summary>
public sealed class ValidateCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("wo-validate-");

    [Fact]
    public async Task Validate_PrintsOk_AndExits0_WhenEveryFileIsValid()
    {
        var first = Write("first.bpmn", Process("p", """<bpmn:startEvent id="start" /><bpmn:userTask id="a" /><bpmn:endEvent id="end" />""" + Chain("start", "a", "end")));
        var second = Write("second.bpmn", Process("q", """
            <bpmn:startEvent id="start" />
            <bpmn:serviceTask id="tell" wo:activity="policy.notify" wo:event="sent-to-committee" />
            <bpmn:endEvent id="end" />
            """ + Chain("start", "tell", "end")));

        var (exitCode, output, error) = await RunAsync("validate", first, second);

        error.Should().BeEmpty();
        output.Should().Be($"{first}: ok\n{second}: ok\n");
        exitCode.Should().Be(0);
    }

    [Fact]
    public async Task Validate_PrintsEveryProblemWithItsElement_AndExits1()
    {
        var good = Write("good.bpmn", Process("p", """<bpmn:startEvent id="start" /><bpmn:endEvent id="end" />""" + Chain("start", "end")));
        var bad = Write("bad.bpmn", Process("p", """
            <bpmn:startEvent id="start" />
            <bpmn:inclusiveGateway id="choose" />
            <bpmn:serviceTask id="svc" wo:activity="no.such.activity" />
            <bpmn:endEvent id="end" />
            """ + Chain("start", "choose", "svc", "end")));

        var (exitCode, output, _) = await RunAsync("validate", good, bad);

        exitCode.Should().Be(1);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().Contain($"{good}: ok");
        lines.Should().Contain(l => l.StartsWith($"{bad}: choose: ", StringComparison.Ordinal) && l.Contains("inclusiveGateway", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith($"{bad}: svc: ", StringComparison.Ordinal) && l.Contains("no.such.activity", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_Exits2_ForAMissingFile_OrNoFile()
    {
        var missing = Path.Combine(_folder.FullName, "missing.bpmn");

        var (exitCode, _, error) = await RunAsync("validate", missing);
        var (noFileExitCode, _, usage) = await RunAsync("validate");

        exitCode.Should().Be(2);
        error.Should().StartWith($"{missing}: cannot be read");
        noFileExitCode.Should().Be(2);
        usage.Should().Contain("validate FILE.bpmn");
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private string Write(string name, string xml)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, xml);
        return path;
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var exitCode = await CliDispatcher.RunAsync(args, TextReader.Null, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }
}
