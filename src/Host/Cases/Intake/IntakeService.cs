using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WorkflowOffice.Activities.Identifiers;
using WorkflowOffice.Activities.Text;
using WorkflowOffice.Host.Associations;
using WorkflowOffice.Host.Beneficiaries;
using WorkflowOffice.Host.Cases.Workflow;
using WorkflowOffice.Host.Persistence;
using WorkflowOffice.Host.PublicApi;
using WorkflowOffice.Host.SupportTypes;

namespace WorkflowOffice.Host.Cases.Intake;

/// <summary>
/// Takes a support request through any channel (CH-1…CH-8; the website is CH-7): checks the identifiers and
/// documents field by field, finds or opens the beneficiary's file (one per national ID per association), records
/// the case and its documents, then starts the case's workflow on the association's procedure.
/// </summary>
public sealed class IntakeService(
    WorkflowOfficeDbContext db,
    CaseWorkflowStarter starter,
    TimeProvider clock,
    IOptions<CasesOptions> options)
{
    private const int MaxReferenceAttempts = 5;

    public Task<CaseCreated> CreateCaseAsync(Guid associationId, CaseIntakeRequest request, string createdBy, CancellationToken cancellationToken) =>
        CreateCaseAsync(associationId, request, createdBy, intakeKey: null, cancellationToken);

    /// <summary>
    /// Takes a request; with an <paramref name="intakeKey"/> (the form's one-time key), a request already created under
    /// the same key is returned as it is (<see cref="CaseCreated.Repeated"/>), so a form sent twice makes one case.
    /// </summary>
    public async Task<CaseCreated> CreateCaseAsync(Guid associationId, CaseIntakeRequest request, string createdBy, string? intakeKey, CancellationToken cancellationToken)
    {
        if (intakeKey is { Length: > 64 })
        {
            intakeKey = null;
        }

        if (await FindByIntakeKeyAsync(associationId, intakeKey, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        var association = await db.Set<Association>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == associationId, cancellationToken)
            ?? throw new CaseNotFoundException("The association");
        var errors = new List<FieldError>();
        if (!Channels.IsValid(request.Channel))
        {
            errors.Add(Error("channel", "channel", "القناة يجب أن تكون من CH-1 إلى CH-8.", "The channel must be one of CH-1 to CH-8."));
        }

        var supportType = request.SupportType is null
            ? null
            : await db.Set<AssociationSupportType>().AsNoTracking()
                .SingleOrDefaultAsync(s => s.AssociationId == associationId && s.Code == request.SupportType && s.IsActive, cancellationToken);
        if (supportType is null)
        {
            errors.Add(Error("supportType", "supportType", "نوع الدعم غير معروف لدى الجمعية.", "The association has no such support type."));
        }

        var beneficiary = ValidateBeneficiary(request.Beneficiary, errors);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var documents = ValidateDocuments(request.Documents ?? [], today, errors);
        if (errors.Count > 0)
        {
            throw new CaseValidationException(errors);
        }

        for (var attempt = 1; ; attempt++)
        {
            if (attempt > 1 && await FindByIntakeKeyAsync(associationId, intakeKey, cancellationToken) is { } concurrent)
            {
                // The same form, sent twice at once: the other request saved first.
                return concurrent;
            }

            var now = clock.GetUtcNow();
            var existing = await db.Set<Beneficiary>()
                .SingleOrDefaultAsync(b => b.AssociationId == associationId && b.NationalId == beneficiary!.NationalId, cancellationToken);
            var file = existing ?? beneficiary!;
            if (existing is null)
            {
                file.Id = Guid.CreateVersion7();
                file.AssociationId = associationId;
                file.CreatedAt = now;
                db.Add(file);
            }
            else if (createdBy != PublicService.PublicActor)
            {
                // A second application taken in by staff (who saw the applicant's identity document) finds the existing
                // file; contact details given now are the latest. An anonymous online application never changes a
                // stored file: anyone who knows a national ID could otherwise take over its mobile number, and with it
                // the status page, the one-time codes and every message meant for the beneficiary.
                existing.Mobile = beneficiary!.Mobile;
                existing.Iban = beneficiary.Iban ?? existing.Iban;
                existing.City = beneficiary.City ?? existing.City;
                existing.Email = beneficiary.Email ?? existing.Email;
                existing.UpdatedAt = now;
            }

            var @case = new SupportCase
            {
                Id = Guid.CreateVersion7(),
                AssociationId = associationId,
                Channel = request.Channel!,
                Kind = "support",
                BeneficiaryId = file.Id,
                SupportTypeCode = supportType!.Code,
                SubmittedOn = today,
                Unclear = request.Unclear,
                Notes = request.Notes,
                CreatedAt = now,
                CreatedBy = createdBy,
                IntakeKey = intakeKey,
            };
            await CaseReferences.AssignAsync(db, @case, association.Code, today.Year, cancellationToken);
            db.Add(@case);
            foreach (var document in documents)
            {
                document.Id = Guid.CreateVersion7();
                document.AssociationId = associationId;
                document.BeneficiaryId = file.Id;
                document.CaseId = @case.Id;
                document.ProvidedAt = now;
                db.Add(document);
            }

            db.Add(new Communication
            {
                Id = Guid.CreateVersion7(),
                AssociationId = associationId,
                CaseId = @case.Id,
                Direction = "in",
                Channel = @case.Channel,
                Subject = "support-request",
                At = now,
            });

            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException) when (attempt < MaxReferenceAttempts)
            {
                // Another intake took the reference or opened the same file a moment ago: start again from the database.
                db.ChangeTracker.Clear();
                continue;
            }

            await starter.StartAsync(@case, null, createdBy, cancellationToken);
            return new CaseCreated(@case.Id, @case.Reference, @case.Status, file.Id, existing is not null);
        }
    }

    private async Task<CaseCreated?> FindByIntakeKeyAsync(Guid associationId, string? intakeKey, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(intakeKey))
        {
            return null;
        }

        var earlier = await db.Set<SupportCase>().AsNoTracking()
            .SingleOrDefaultAsync(c => c.AssociationId == associationId && c.IntakeKey == intakeKey, cancellationToken);
        return earlier is null ? null : new CaseCreated(earlier.Id, earlier.Reference, earlier.Status, earlier.BeneficiaryId, ExistingBeneficiary: false, Repeated: true);
    }

    /// <summary>Adds documents to a case (the items the beneficiary brought after an <c>items-missing</c> notice).</summary>
    public async Task<IReadOnlyList<Guid>> AddDocumentsAsync(SupportCase @case, IReadOnlyList<DocumentInput> inputs, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var documents = ValidateDocuments(inputs, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), errors);
        if (errors.Count > 0)
        {
            throw new CaseValidationException(errors);
        }

        if (@case.BeneficiaryId is not { } beneficiaryId)
        {
            throw CaseValidationException.Single("documents", "noBeneficiary", "الحالة بلا مستفيد.", "The case has no beneficiary.");
        }

        foreach (var document in documents)
        {
            document.Id = Guid.CreateVersion7();
            document.AssociationId = @case.AssociationId;
            document.BeneficiaryId = beneficiaryId;
            document.CaseId = @case.Id;
            document.ProvidedAt = clock.GetUtcNow();
            db.Add(document);
        }

        await db.SaveChangesAsync(cancellationToken);
        return [.. documents.Select(d => d.Id)];
    }

    internal static Beneficiary? ValidateBeneficiary(BeneficiaryInput? input, List<FieldError> errors)
    {
        if (input is null)
        {
            errors.Add(Error("beneficiary", "required", "بيانات المستفيد مطلوبة.", "The beneficiary's data is required."));
            return null;
        }

        var id = SaudiNationalId.TryParse(input.NationalId);
        Add(errors, "beneficiary.nationalId", id.Error);
        var mobile = SaudiMobile.TryParse(input.Mobile);
        Add(errors, "beneficiary.mobile", mobile.Error);
        SaudiIban? iban = null;
        if (!string.IsNullOrWhiteSpace(input.Iban))
        {
            var parsed = SaudiIban.TryParse(input.Iban);
            Add(errors, "beneficiary.iban", parsed.Error);
            iban = parsed.Value;
        }

        if (string.IsNullOrWhiteSpace(input.NameAr))
        {
            errors.Add(Error("beneficiary.nameAr", "required", "الاسم بالعربية مطلوب.", "The name in Arabic is required."));
        }

        if (input.Gender is not ("male" or "female"))
        {
            errors.Add(Error("beneficiary.gender", "gender", "الجنس يجب أن يكون ذكرًا أو أنثى.", "Gender must be male or female."));
        }

        if (id.Value is null || mobile.Value is null)
        {
            return null;
        }

        return new Beneficiary
        {
            NationalId = id.Value.Value,
            NameAr = input.NameAr?.Trim() ?? "",
            NameEn = string.IsNullOrWhiteSpace(input.NameEn) ? null : input.NameEn.Trim(),
            Gender = input.Gender ?? "",
            BirthDate = input.BirthDate,
            Mobile = mobile.Value.E164,
            Email = string.IsNullOrWhiteSpace(input.Email) ? null : input.Email.Trim(),
            City = string.IsNullOrWhiteSpace(input.City) ? null : input.City.Trim(),
            Iban = iban?.Value,
            PreferredLanguage = input.PreferredLanguage == "en" ? "en" : "ar",
        };
    }

    private List<BeneficiaryDocument> ValidateDocuments(IReadOnlyList<DocumentInput> inputs, DateOnly today, List<FieldError> errors)
    {
        var result = new List<BeneficiaryDocument>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            var field = $"documents[{i}]";
            if (string.IsNullOrWhiteSpace(input.Type))
            {
                errors.Add(Error(field + ".type", "required", "نوع الوثيقة مطلوب.", "The document type is required."));
                continue;
            }

            // STEP-2: a document must be valid on the day it is submitted.
            if (input.ExpiresOn is { } expiry && expiry < today)
            {
                errors.Add(Error(field + ".expiresOn", "expired", "الوثيقة منتهية الصلاحية، يرجى إحضار وثيقة سارية.", "The document has expired; please bring a valid one."));
                continue;
            }

            byte[]? content = null;
            if (input.ContentBase64 is { Length: > 0 } base64)
            {
                content = TryDecode(base64);
                if (content is null)
                {
                    errors.Add(Error(field + ".content", "encoding", "الملف غير مقروء.", "The file could not be read."));
                    continue;
                }

                if (content.Length > options.Value.MaxUploadBytes)
                {
                    errors.Add(Error(field + ".content", "tooLarge",
                        $"حجم الملف يتجاوز الحد المسموح ({options.Value.MaxUploadBytes / 1024 / 1024} ميغابايت).",
                        $"The file is larger than the limit ({options.Value.MaxUploadBytes / 1024 / 1024} MB)."));
                    continue;
                }

                if (input.ContentType is null || !options.Value.AllowedUploadTypes.Contains(input.ContentType))
                {
                    errors.Add(Error(field + ".contentType", "type", "نوع الملف غير مسموح (PDF أو JPEG أو PNG).", "The file type is not allowed (PDF, JPEG or PNG)."));
                    continue;
                }
            }

            result.Add(new BeneficiaryDocument
            {
                TypeCode = input.Type.Trim(),
                Number = input.Number?.Trim(),
                ExpiresOn = input.ExpiresOn,
                FileName = content is null ? null : Path.GetFileName(input.FileName),
                ContentType = content is null ? null : input.ContentType,
                Content = content,
            });
        }

        return result;
    }

    private static byte[]? TryDecode(string base64)
    {
        var buffer = new byte[base64.Length];
        return Convert.TryFromBase64String(base64, buffer, out var written) ? buffer[..written] : null;
    }

    private static void Add(List<FieldError> errors, string field, FieldError? error)
    {
        if (error is not null)
        {
            errors.Add(error with { Field = field });
        }
    }

    internal static FieldError Error(string field, string code, string ar, string en) => new(field, code, new BilingualText(ar, en));
}
