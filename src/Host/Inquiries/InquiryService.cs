using Microsoft.EntityFrameworkCore;
using WorkflowOffice.Activities.Identifiers;
using WorkflowOffice.Activities.Text;
using WorkflowOffice.Host.Associations;
using WorkflowOffice.Host.Cases;
using WorkflowOffice.Host.Cases.Intake;
using WorkflowOffice.Host.Cases.Workflow;
using WorkflowOffice.Host.Persistence;

namespace WorkflowOffice.Host.Inquiries;

/// <summary>STEP-1 and GOAL-3: records every enquiry and runs it through the procedure even when no request follows.</summary>
public sealed class InquiryService(WorkflowOfficeDbContext db, CaseWorkflowStarter starter, TimeProvider clock)
{
    public async Task<InquiryRecorded> RecordAsync(Guid associationId, InquiryRequest request, string createdBy, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        if (!Channels.IsValid(request.Channel))
        {
            errors.Add(IntakeService.Error("channel", "channel", "القناة يجب أن تكون من CH-1 إلى CH-8.", "The channel must be one of CH-1 to CH-8."));
        }

        if (string.IsNullOrWhiteSpace(request.Question))
        {
            errors.Add(IntakeService.Error("question", "required", "نص الاستفسار مطلوب.", "The question is required."));
        }

        string? mobile = null;
        if (!string.IsNullOrWhiteSpace(request.Mobile))
        {
            var parsed = SaudiMobile.TryParse(request.Mobile);
            if (parsed.Error is { } error)
            {
                errors.Add(error with { Field = "mobile" });
            }

            mobile = parsed.Value?.E164;
        }

        if (errors.Count > 0)
        {
            throw new CaseValidationException(errors);
        }

        var association = await db.Set<Association>().AsNoTracking().SingleAsync(a => a.Id == associationId, cancellationToken);
        var now = clock.GetUtcNow();
        var answered = !string.IsNullOrWhiteSpace(request.Answer);
        for (var attempt = 1; ; attempt++)
        {
            var @case = new SupportCase
            {
                Id = Guid.CreateVersion7(),
                AssociationId = associationId,
                Channel = request.Channel!,
                Kind = "inquiry",
                SubmittedOn = DateOnly.FromDateTime(now.UtcDateTime),
                CreatedAt = now,
                CreatedBy = createdBy,
            };
            await CaseReferences.AssignAsync(db, @case, association.Code, now.Year, cancellationToken);
            var inquiry = new Inquiry
            {
                Id = Guid.CreateVersion7(),
                AssociationId = associationId,
                CaseId = @case.Id,
                Channel = @case.Channel,
                ContactName = request.ContactName,
                Mobile = mobile,
                Question = request.Question!.Trim(),
                Answer = answered ? request.Answer!.Trim() : null,
                ReceivedAt = now,
                AnsweredAt = answered ? now : null,
                AnsweredBy = answered ? createdBy : null,
            };
            db.Add(@case);
            db.Add(inquiry);
            db.Add(new Communication { Id = Guid.CreateVersion7(), AssociationId = associationId, CaseId = @case.Id, Direction = "in", Channel = @case.Channel, Subject = "inquiry", At = now });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException) when (attempt < 5)
            {
                db.ChangeTracker.Clear();
                continue;
            }

            await starter.StartAsync(@case, inquiry.Answer, createdBy, cancellationToken);
            return new InquiryRecorded(inquiry.Id, @case.Id, @case.Reference, @case.Status);
        }
    }
}
