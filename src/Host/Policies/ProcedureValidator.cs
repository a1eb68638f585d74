using System.Text;
using System.Xml;
using Microsoft.Extensions.Options;
using WorkflowOffice.Engine.Activities;
using WorkflowOffice.Engine.Bpmn;

namespace WorkflowOffice.Host.Policies;

/// <summary>The engine's validator against the activities this host registers: what the designer shows live and
/// what submission enforces. The size limit is checked before the parser sees the file.</summary>
public sealed class ProcedureValidator(ActivityRegistry activities, IOptions<ProcedureLimits> limits)
{
    public IReadOnlyList<ValidationProblem> Validate(string bpmnXml) =>
        TooLarge(bpmnXml) is { } tooLarge ? [tooLarge] : BpmnParser.Validate(bpmnXml, activities);

    /// <summary>
    /// The problems that forbid even storing a file as a draft: too large, not well-formed, a DTD, nested too deep.
    /// A draft may have other problems (it is work in progress); it must never be a file that cannot be opened.
    /// </summary>
    public IReadOnlyList<ValidationProblem> Unstorable(string bpmnXml)
    {
        if (TooLarge(bpmnXml) is { } tooLarge)
        {
            return [tooLarge];
        }

        try
        {
            BpmnParser.LoadXml(bpmnXml);
            return [];
        }
        catch (XmlException ex)
        {
            // The depth problem names its element; the message says which.
            return [new ValidationProblem("", $"The file cannot be read: {ex.Message}")];
        }
    }

    private ValidationProblem? TooLarge(string bpmnXml)
    {
        var max = limits.Value.MaxProcedureBytes;
        return bpmnXml.Length > max || Encoding.UTF8.GetByteCount(bpmnXml) > max
            ? new ValidationProblem("", $"The file is larger than the limit of {max / 1024} KB.")
            : null;
    }
}
