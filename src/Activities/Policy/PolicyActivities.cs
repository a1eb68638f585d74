using WorkflowOffice.Activities.Policy.Ports;
using WorkflowOffice.Engine.Activities;

namespace WorkflowOffice.Activities.Policy;

/// <summary>The entry point the host calls at start-up to offer the policy's activities to BPMN models.</summary>
public static class PolicyActivities
{
    /// <summary>
    /// Registers <c>policy.recordInquiry</c>, <c>policy.verifyRequirements</c>, <c>policy.notify</c>,
    /// <c>policy.tallyCommittee</c>, <c>policy.completeRegistration</c> and <c>policy.openSurvey</c>.
    /// </summary>
    /// <param name="registry">The engine's registry.</param>
    /// <param name="facts">Reads cases and committees.</param>
    /// <param name="fileNumbers">Allocates file numbers (unique per association, idempotent per case).</param>
    /// <param name="surveys">Issues satisfaction surveys (idempotent per case).</param>
    /// <returns>The registry.</returns>
    public static ActivityRegistry AddPolicyActivities(this ActivityRegistry registry, ICaseFacts facts, IFileNumberAllocator fileNumbers, ISurveyIssuer surveys) =>
        registry
            .Register(new RecordInquiryActivity())
            .Register(new VerifyRequirementsActivity(facts))
            .Register(new NotifyActivity())
            .Register(new TallyCommitteeActivity(facts))
            .Register(new CompleteRegistrationActivity(fileNumbers))
            .Register(new OpenSurveyActivity(surveys));
}
