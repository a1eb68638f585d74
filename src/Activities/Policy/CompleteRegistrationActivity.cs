using System.Globalization;
using WorkflowOffice.Activities.Policy.Ports;
using WorkflowOffice.Engine.Activities;

namespace WorkflowOffice.Activities.Policy;

/// <summary>
/// <c>policy.completeRegistration</c> — STEP-6 (complete the registration once the required items are complete):
/// gives the beneficiary a file number unique within the association (e.g. <c>BTR-2026-000123</c>) through
/// <see cref="IFileNumberAllocator"/>, for the registration year on the engine clock.
/// </summary>
/// <remarks>
/// <para>Reads the variables <c>caseId</c>, <c>associationId</c>, <c>associationCode</c> and <c>requirementsComplete</c>
/// (registration of a case whose items are not complete is refused: the instance gets an incident).</para>
/// <para>Outputs <c>fileNumber</c> and <c>registeredAt</c>. No outcomes.</para>
/// </remarks>
/// <param name="allocator">Allocates file numbers (idempotent per case).</param>
public sealed class CompleteRegistrationActivity(IFileNumberAllocator allocator) : ICustomActivity
{
    /// <summary>The name used in <c>wo:activity</c>.</summary>
    public const string Name = "policy.completeRegistration";

    private readonly IFileNumberAllocator _allocator = allocator;

    /// <inheritdoc />
    public ActivityDescriptor Descriptor { get; } = new(
        Name,
        "STEP-6: completes the registration and gives the beneficiary a file number unique in the association.",
        [],
        [
            new(PolicyVariables.FileNumber, ActivityValueType.String, "The file number, e.g. BTR-2026-000123."),
            new("registeredAt", ActivityValueType.DateTime, "When the registration was completed."),
        ],
        []);

    /// <inheritdoc />
    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var variables = context.Variables;
        if (!VariableReader.Flag(variables, PolicyVariables.RequirementsComplete))
        {
            throw new InvalidOperationException("STEP-6 registers a case only once its required items are complete (requirementsComplete is not true).");
        }

        var now = context.Clock.GetUtcNow();
        var fileNumber = await _allocator.AllocateAsync(
            VariableReader.RequiredString(variables, PolicyVariables.AssociationId),
            VariableReader.RequiredString(variables, PolicyVariables.AssociationCode),
            VariableReader.RequiredString(variables, PolicyVariables.CaseId),
            now.Year,
            context.CancellationToken).ConfigureAwait(false);
        return ActivityResult.Complete(outputs: new Dictionary<string, object?>
        {
            [PolicyVariables.FileNumber] = fileNumber.ToString(),
            ["registeredAt"] = now.ToString("O", CultureInfo.InvariantCulture),
        });
    }
}
