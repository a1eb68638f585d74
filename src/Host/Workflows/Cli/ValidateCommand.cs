using WorkflowOffice.Activities.Policy;
using WorkflowOffice.Engine.Activities;
using WorkflowOffice.Engine.Bpmn;
using WorkflowOffice.Host.Cli;

namespace WorkflowOffice.Host.Workflows.Cli;

/// <summary>
/// <c>validate FILE.bpmn…</c>: checks BPMN files as the engine would load them, against the policy's activities,
/// without a database, so policy owners can run it in their own pipelines. Prints <c>FILE: ok</c> or every
/// problem as <c>FILE: elementId: sentence</c>; exits 0 when every file is valid, 1 when one is not, 2 for bad
/// usage or a file that cannot be read.
/// </summary>
internal sealed class ValidateCommand : ICliCommand
{
    public string Name => "validate";

    public string Usage => "validate FILE.bpmn [FILE.bpmn…]   (check BPMN files; no database needed)";

    public async Task<int> RunAsync(CliContext context)
    {
        if (context.Arguments.Count == 0 || context.Arguments.Any(a => a.StartsWith('-')))
        {
            await context.Error.WriteLineAsync($"Usage: {Usage}");
            return 2;
        }

        var ports = new ValidationPorts();
        var activities = new ActivityRegistry().AddPolicyActivities(ports, ports, ports);
        var exitCode = 0;
        foreach (var file in context.Arguments)
        {
            string xml;
            try
            {
                xml = await File.ReadAllTextAsync(file);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                await context.Error.WriteLineAsync($"{file}: cannot be read ({ex.Message})");
                exitCode = 2;
                continue;
            }

            var result = BpmnParser.Parse(xml, activities);
            if (result.IsValid)
            {
                await context.Output.WriteLineAsync($"{file}: ok");
                continue;
            }

            foreach (var problem in result.Problems)
            {
                await context.Output.WriteLineAsync($"{file}: {problem}");
            }

            exitCode = Math.Max(exitCode, 1);
        }

        return exitCode;
    }
}
