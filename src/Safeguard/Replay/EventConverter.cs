using System.Globalization;
using System.Text.Json;
using Safeguard.Complaints;
using Safeguard.Correspondence;
using Safeguard.Facts;
using Safeguard.People;
using Safeguard.Protection;

namespace Safeguard.Replay;

/// <summary>A scenario event as the fact it records, and the subject it introduces, if any.</summary>
public sealed record ConvertedEvent(Fact Fact, SubjectKind? Introduces = null, string? Reference = null);

/// <summary>Turns scenario events into facts, naming the field and the reason when an event is malformed.</summary>
public sealed class EventConverter(ScenarioIds ids)
{
    public ConvertedEvent Convert(ScenarioEvent e)
    {
        var r = new FieldReader(e, ids);
        var on = e.On;
        return e.Type switch
        {
            "referral-received" => new(new ReferralReceived { On = on, ChildId = r.Child("child"), Source = r.OptionalText("source") }),
            "referral-decision" => new(new ReferralDecided { On = on, ChildId = r.Child("child"), Decision = r.Enum<ReferralDecision>("decision") }),
            "assessment-completed" => new(new AssessmentCompleted { On = on, ChildId = r.Child("child"), Outcome = r.Enum<AssessmentOutcome>("outcome") }),
            "child-in-need-plan-started" => new(new ChildInNeedPlanStarted { On = on, ChildId = r.Child("child") }),
            "child-in-need-plan-ended" => new(new ChildInNeedPlanEnded { On = on, ChildId = r.Child("child") }),
            "strategy-discussion" => new(new StrategyDiscussionHeld { On = on, ChildId = r.Child("child"), Decision = r.Enum<StrategyDecision>("decision"), Attendees = r.OptionalTexts("attendees") }),
            "section-47-completed" => new(new Section47Completed { On = on, ChildId = r.Child("child"), Outcome = r.Enum<Section47Outcome>("outcome") }),
            "child-seen" => new(new ChildSeen { On = on, ChildId = r.Child("child"), Purpose = r.Enum<SeenPurpose>("purpose"), Alone = r.OptionalBool("alone"), ById = r.OptionalPerson("by") }),
            "visit-no-access" => new(new VisitNoAccess { On = on, ChildId = r.Child("child") }),
            "parent-consulted" => new(new ParentConsulted { On = on, ChildId = r.Child("child"), PersonId = r.Person("person"), Purpose = r.Enum<ConsultationPurpose>("purpose") }),
            "parent-excluded" => new(new ParentExcluded { On = on, ChildId = r.Child("child"), PersonId = r.Person("person"), From = r.Enum<ExclusionScope>("from"), Reason = r.Text("reason") }),
            "conference-scheduled" => Introduce(SubjectKind.Meeting, r, "meeting", id => new ConferenceScheduled { On = on, MeetingId = id, ChildIds = r.Children(), Kind = r.Enum<ConferenceKind>("kind"), Date = r.Date("date") }),
            "core-group-scheduled" => Introduce(SubjectKind.Meeting, r, "meeting", id => new CoreGroupScheduled { On = on, MeetingId = id, ChildIds = r.Children(), Date = r.Date("date") }),
            "conference-cancelled" => new(new ConferenceCancelled { On = on, MeetingId = r.Subject(SubjectKind.Meeting, "meeting"), Reason = r.Text("reason") }),
            "invitation-sent" => new(new InvitationSent { On = on, MeetingId = r.Subject(SubjectKind.Meeting, "meeting"), PersonId = r.Person("person") }),
            "document-shared" => new(new DocumentShared { On = on, MeetingId = r.Subject(SubjectKind.Meeting, "meeting"), Document = r.Enum<MeetingDocument>("document"), PersonId = r.Person("person") }),
            "conference-held" => new(new ConferenceHeld { On = on, MeetingId = r.Subject(SubjectKind.Meeting, "meeting"), Attended = r.People("attended"), Outcome = r.Enum<ConferenceOutcome>("outcome"), Category = r.OptionalEnum<AbuseCategory>("category"), VisitIntervalWorkingDays = r.OptionalInt("visitIntervalWorkingDays") }),
            "core-group-held" => new(new CoreGroupHeld { On = on, MeetingId = r.Subject(SubjectKind.Meeting, "meeting"), Attended = r.People("attended") }),
            "lead-social-worker-allocated" => new(new LeadSocialWorkerAllocated { On = on, ChildId = r.Child("child"), WorkerId = r.Person("worker") }),
            "management-review" => new(new ManagementReviewRecorded { On = on, ChildId = r.Child("child"), ById = r.OptionalPerson("by") }),
            "quality-alert-raised" => Introduce(SubjectKind.Alert, r, "alert", id => new QualityAlertRaised { On = on, AlertId = id, ChildId = r.Child("child"), ById = r.OptionalPerson("by") }),
            "quality-alert-resolved" => new(new QualityAlertResolved { On = on, AlertId = r.Subject(SubjectKind.Alert, "alert") }),
            "child-moved" => new(new ChildMoved { On = on, ChildId = r.Child("child"), ToAuthority = r.Text("toAuthority"), Permanent = r.Bool("permanent") }),
            "transfer-notified" => new(new TransferNotified { On = on, ChildId = r.Child("child"), ToAuthority = r.Text("toAuthority") }),
            "transfer-received" => new(new TransferReceived { On = on, ChildId = r.Child("child"), FromAuthority = r.Text("fromAuthority") }),
            "contact-restriction" => new(new ContactRestrictionRecorded { On = on, PersonId = r.Person("person"), Protects = r.People("protects"), ViaId = r.OptionalPerson("via") }),
            "letter-sent" => new(Letter(r, on)),
            "case-closed" => new(new CaseClosed { On = on, ChildId = r.Child("child"), Reason = r.Text("reason") }),
            "complaint-received" => Introduce(SubjectKind.Complaint, r, "complaint", id => new ComplaintReceived { On = on, ComplaintId = id, ComplainantId = r.Person("complainant"), ChildId = r.OptionalChild("child"), Points = r.Points() }),
            "complaint-acknowledged" => new(new ComplaintAcknowledged { On = on, ComplaintId = r.Complaint() }),
            "complaint-deferred" => new(new ComplaintDeferred { On = on, ComplaintId = r.Complaint(), Reason = r.Text("reason") }),
            "complaint-resumed" => new(new ComplaintResumed { On = on, ComplaintId = r.Complaint() }),
            "stage-1-extended" => new(new Stage1Extended { On = on, ComplaintId = r.Complaint(), Reason = r.Text("reason") }),
            "stage-1-response-sent" => new(Outcomes(r, (c, o) => new Stage1ResponseSent { On = on, ComplaintId = c, Outcomes = o }, required: true)),
            "stage-2-requested" => new(new Stage2Requested { On = on, ComplaintId = r.Complaint() }),
            "stage-2-statement-agreed" => new(new Stage2StatementAgreed { On = on, ComplaintId = r.Complaint(), InvestigatingOfficerId = r.OptionalPerson("investigatingOfficer"), IndependentPersonId = r.OptionalPerson("independentPerson") }),
            "stage-2-extended" => new(new Stage2Extended { On = on, ComplaintId = r.Complaint(), Reason = r.Text("reason") }),
            "stage-2-report-received" => new(new Stage2ReportReceived { On = on, ComplaintId = r.Complaint() }),
            "stage-2-adjudication-sent" => new(Outcomes(r, (c, o) => new Stage2AdjudicationSent { On = on, ComplaintId = c, Outcomes = o }, required: true)),
            "stage-3-requested" => new(new Stage3Requested { On = on, ComplaintId = r.Complaint() }),
            "stage-3-declined" => new(new Stage3Declined { On = on, ComplaintId = r.Complaint(), Reason = r.Text("reason"), Exceptional = r.Bool("exceptional"), ComplainantAgreed = r.Bool("complainantAgreed") }),
            "stage-3-panel-held" => new(new Stage3PanelHeld { On = on, ComplaintId = r.Complaint() }),
            "stage-3-report-issued" => new(Outcomes(r, (c, o) => new Stage3ReportIssued { On = on, ComplaintId = c, Outcomes = o }, required: false)),
            "stage-3-response-sent" => new(new Stage3ResponseSent { On = on, ComplaintId = r.Complaint() }),
            "complaint-closed" => new(new ComplaintClosed { On = on, ComplaintId = r.Complaint(), Reason = r.Enum<ClosureReason>("reason"), ComplainantInformed = r.OptionalBool("complainantInformed") ?? true }),
            "complainant-informed" => new(new ComplainantInformed { On = on, ComplaintId = r.Complaint() }),
            "recommendation-made" => Introduce(SubjectKind.Recommendation, r, "recommendation", id => new RecommendationMade { On = on, RecommendationId = id, ComplaintId = r.Complaint(), By = r.Enum<RecommendationSource>("by"), Text = r.Text("text") }),
            "action-agreed" => Introduce(SubjectKind.Action, r, "action", id => Action(r, on, id)),
            "action-completed" => new(new ActionCompleted { On = on, ActionId = r.Subject(SubjectKind.Action, "action"), Evidence = r.Text("evidence") }),
            "remedy-agreed" => Introduce(SubjectKind.Remedy, r, "remedy", id => new RemedyAgreed { On = on, RemedyId = id, ComplaintId = r.Complaint(), Kind = r.Enum<RemedyKind>("kind"), Amount = r.OptionalDecimal("amount"), Due = r.Date("due") }),
            "remedy-declined" => new(new RemedyDeclined { On = on, ComplaintId = r.Complaint(), Reason = r.Text("reason") }),
            "remedy-delivered" => new(new RemedyDelivered { On = on, RemedyId = r.Subject(SubjectKind.Remedy, "remedy") }),
            "ombudsman-decision" => new(new OmbudsmanDecisionRecorded { On = on, ComplaintId = r.Complaint(), Reference = r.Text("reference"), Outcome = r.Enum<OmbudsmanOutcome>("outcome") }),
            _ => throw new ScenarioException($"unknown event type '{e.Type}'", e.Index, "type"),
        };
    }

    private ConvertedEvent Introduce(SubjectKind kind, FieldReader r, string field, Func<long, Fact> create)
    {
        var reference = r.Text(field);
        var provisional = ids.Reserve(kind, reference, field);
        return new ConvertedEvent(create(provisional), kind, reference);
    }

    private static LetterSent Letter(FieldReader r, DateOnly on)
    {
        var about = r.Text("about");
        var kind = r.Enum<LetterKind>("kind");
        var to = r.People("to");
        if (r.Ids.HasPerson(about))
        {
            var (id, personKind) = r.Ids.Person(about, "about");
            return personKind == PersonKind.Child
                ? new LetterSent { On = on, To = to, AboutChildId = id, Kind = kind }
                : throw r.Error("about", $"'{about}' is not a child or a complaint");
        }

        return r.Ids.HasSubject(SubjectKind.Complaint, about)
            ? new LetterSent { On = on, To = to, AboutComplaintId = r.Ids.Subject(SubjectKind.Complaint, about, "about"), Kind = kind }
            : throw r.Error("about", $"unknown child or complaint id '{about}'");
    }

    private static ActionAgreed Action(FieldReader r, DateOnly on, long id)
    {
        var owner = r.OptionalText("owner");
        long? ownerId = owner is not null && r.Ids.HasPerson(owner) ? r.Ids.Person(owner, "owner").Id : null;
        return new ActionAgreed
        {
            On = on,
            ActionId = id,
            RecommendationId = r.OptionalSubject(SubjectKind.Recommendation, "recommendation"),
            ComplaintId = r.OptionalSubject(SubjectKind.Complaint, "complaint"),
            Text = r.Text("text"),
            OwnerPersonId = ownerId,
            OwnerDescription = ownerId is null ? owner : null,
            Due = r.OptionalDate("due"),
            Measure = r.OptionalText("measure"),
        };
    }

    private static Fact Outcomes(FieldReader r, Func<long, IReadOnlyDictionary<long, PointOutcome>, Fact> create, bool required)
    {
        var complaint = r.Complaint();
        var outcomes = new Dictionary<long, PointOutcome>();
        if (r.Json.TryGetProperty("outcomes", out var element) && element.ValueKind != JsonValueKind.Null)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw r.Error("outcomes", "'outcomes' must be an object of point ids and outcomes");
            }

            foreach (var point in element.EnumerateObject())
            {
                outcomes[r.Ids.Point(complaint, point.Name, $"outcomes.{point.Name}")] = FieldReader.ParseEnum<PointOutcome>(point.Value, $"outcomes.{point.Name}", r);
            }
        }
        else if (required)
        {
            throw r.Error("outcomes", "missing field 'outcomes'");
        }

        return create(complaint, outcomes);
    }

    /// <summary>Reads one event's fields, with the event index and field in every error.</summary>
    private sealed class FieldReader(ScenarioEvent e, ScenarioIds ids)
    {
        public JsonElement Json => e.Json;

        public ScenarioIds Ids => ids;

        public ScenarioException Error(string field, string message) => new(message, e.Index, field);

        public string Text(string field) => OptionalText(field) is { Length: > 0 } text ? text : throw Error(field, $"missing field '{field}'");

        public string? OptionalText(string field)
        {
            if (!e.Json.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            return value.ValueKind == JsonValueKind.String ? value.GetString() : throw Error(field, $"'{field}' must be text");
        }

        public IReadOnlyList<string> OptionalTexts(string field)
        {
            if (!e.Json.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return [];
            }

            return value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String)
                ? value.EnumerateArray().Select(v => v.GetString()!).ToList()
                : throw Error(field, $"'{field}' must be a list of text");
        }

        public bool Bool(string field) => OptionalBool(field) ?? throw Error(field, $"missing field '{field}'");

        public bool? OptionalBool(string field) =>
            !e.Json.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null ? null
            : value.ValueKind == JsonValueKind.True ? true
            : value.ValueKind == JsonValueKind.False ? false
            : throw Error(field, $"'{field}' must be true or false");

        public int? OptionalInt(string field) =>
            !e.Json.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null ? null
            : value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number
            : throw Error(field, $"'{field}' must be a whole number");

        public decimal? OptionalDecimal(string field) =>
            !e.Json.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null ? null
            : value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number) ? number
            : throw Error(field, $"'{field}' must be a number");

        public DateOnly Date(string field) => OptionalDate(field) ?? throw Error(field, $"missing field '{field}'");

        public DateOnly? OptionalDate(string field) =>
            !e.Json.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null ? null : ScenarioReader.ParseDate(value, field, e.Index);

        public T Enum<T>(string field)
            where T : struct, Enum =>
            OptionalEnum<T>(field) ?? throw Error(field, $"missing field '{field}'");

        public T? OptionalEnum<T>(string field)
            where T : struct, Enum =>
            !e.Json.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null ? null : ParseEnum<T>(value, field, this);

        public static T ParseEnum<T>(JsonElement value, string field, FieldReader reader)
            where T : struct, Enum
        {
            try
            {
                return JsonSerializer.Deserialize<T>(value.GetRawText(), FactJson.Options);
            }
            catch (JsonException)
            {
                var allowed = System.Enum.GetValues<T>().Select(v => JsonSerializer.Serialize(v, FactJson.Options).Trim('"'));
                throw reader.Error(field, $"'{field}' must be one of {string.Join(", ", allowed)}, not {value.GetRawText()}");
            }
        }

        public long Person(string field) => Wrap(() => ids.Person(Text(field), field).Id);

        public long? OptionalPerson(string field) => OptionalText(field) is { } reference ? Wrap(() => ids.Person(reference, field).Id) : null;

        public long Child(string field) => OptionalChild(field) ?? throw Error(field, $"missing field '{field}'");

        public long? OptionalChild(string field)
        {
            if (OptionalText(field) is not { } reference)
            {
                return null;
            }

            var (id, kind) = Wrap(() => ids.Person(reference, field));
            return kind == PersonKind.Child ? id : throw Error(field, $"'{reference}' is not a child");
        }

        public IReadOnlyList<long> People(string field)
        {
            if (!e.Json.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return [];
            }

            if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
            {
                throw Error(field, $"'{field}' must be a list of person ids");
            }

            return value.EnumerateArray().Select(v => Wrap(() => ids.Person(v.GetString()!, field).Id)).ToList();
        }

        /// <summary>A meeting names "child" or, for siblings, "children".</summary>
        public IReadOnlyList<long> Children()
        {
            if (e.Json.TryGetProperty("children", out var list) && list.ValueKind != JsonValueKind.Null)
            {
                if (list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0 || list.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
                {
                    throw Error("children", "'children' must be a list of child ids");
                }

                return list.EnumerateArray().Select(v =>
                {
                    var (id, kind) = Wrap(() => ids.Person(v.GetString()!, "children"));
                    return kind == PersonKind.Child ? id : throw Error("children", $"'{v.GetString()}' is not a child");
                }).ToList();
            }

            return [Child("child")];
        }

        public long Subject(SubjectKind kind, string field) => Wrap(() => ids.Subject(kind, Text(field), field));

        public long? OptionalSubject(SubjectKind kind, string field) => OptionalText(field) is { } reference ? Wrap(() => ids.Subject(kind, reference, field)) : null;

        public long Complaint() => Subject(SubjectKind.Complaint, "complaint");

        public IReadOnlyList<ComplaintPointInfo> Points()
        {
            if (!e.Json.TryGetProperty("points", out var value) || value.ValueKind != JsonValueKind.Array)
            {
                throw Error("points", "missing field 'points' (a list of { id, summary })");
            }

            return value.EnumerateArray().Select((p, i) =>
            {
                if (p.ValueKind != JsonValueKind.Object
                    || !p.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String
                    || !p.TryGetProperty("summary", out var summary) || summary.ValueKind != JsonValueKind.String)
                {
                    throw Error($"points[{i}]", "each point needs an 'id' and a 'summary'");
                }

                return new ComplaintPointInfo(0, id.GetString()!, summary.GetString()!);
            }).ToList();
        }

        private T Wrap<T>(Func<T> read)
        {
            try
            {
                return read();
            }
            catch (ScenarioException ex) when (ex.EventIndex is null)
            {
                throw new ScenarioException(ex.Message, e.Index, ex.Field);
            }
        }
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
