using Microsoft.EntityFrameworkCore;
using WorkflowOffice.Activities.Bpmn;
using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Host.Policies;

/// <summary>
/// Reference data of every association: the policy on the relationship with beneficiaries and its third edition
/// (2023), published by meeting 8 of 2023, cycle 1, on 2023-11-14 (META-1…4), whose procedure is the reference BPMN
/// (<see cref="ReferenceProcedure"/>, <c>workflows/beneficiary-relationship-policy.bpmn</c>). Idempotent; runs at every
/// start so that an association added later gets it too.
/// </summary>
internal sealed class PolicySeeder(WorkflowOfficeDbContext db, IProcedureDeployer deployer, ILogger<PolicySeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var associations = await db.Associations.AsNoTracking().ToListAsync(cancellationToken);
        var seeded = await db.Set<Policy>().Where(p => p.Key == PolicyCatalog.BeneficiaryRelationshipKey).Select(p => p.AssociationId).ToListAsync(cancellationToken);
        var missing = associations.Where(a => !seeded.Contains(a.Id)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        // The published third edition is the reference procedure itself, so new cases run the policy as written.
        var xml = ReferenceProcedure.LoadXml();
        var meeting = PolicyCatalog.SeededMeeting;
        // The historical approval: stamped with the meeting's date (Riyadh, stored in UTC as PostgreSQL requires) and no
        // user (the system recorded it).
        var approvedAt = new DateTimeOffset(meeting.MeetingDate.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(3)).ToUniversalTime();
        foreach (var association in missing)
        {
            var policy = new Policy
            {
                Id = Guid.NewGuid(),
                AssociationId = association.Id,
                Key = PolicyCatalog.BeneficiaryRelationshipKey,
                NameAr = PolicyCatalog.BeneficiaryRelationshipNameAr,
                NameEn = PolicyCatalog.BeneficiaryRelationshipNameEn,
            };
            var deployed = await deployer.DeployAsync(PolicyEditionService.DefinitionKey(policy.Key, association.Code), xml, cancellationToken);
            var edition = new PolicyEdition
            {
                Id = Guid.NewGuid(),
                AssociationId = association.Id,
                PolicyId = policy.Id,
                Number = PolicyCatalog.SeededEditionNumber,
                Year = PolicyCatalog.SeededEditionYear,
                Status = EditionStatus.Published,
                BpmnXml = xml,
                BoardMeetingNumber = meeting.MeetingNumber,
                BoardCycle = meeting.BoardCycle,
                MeetingDate = meeting.MeetingDate,
                DefinitionKey = deployed.DefinitionKey,
                DefinitionVersion = deployed.DefinitionVersion,
                CreatedAt = approvedAt,
                SubmittedAt = approvedAt,
                ApprovedAt = approvedAt,
                PublishedAt = approvedAt,
            };
            edition.ApprovedSha256 = EditionContent.Sha256(edition);
            db.Add(policy);
            db.Add(edition);
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Seeded the beneficiary-relationship policy (third edition, 2023) in {Count} association(s)", missing.Count);
    }
}
