using Safeguard.Protection;

namespace Safeguard.Demo;

/// <summary>
/// Children after the hand-shaped 24: a cheap repeating pattern of typical histories, 10 to 20 events each. Of every
/// ten, one is a referral (most closed with no further action, some awaiting a decision), one an assessment (some
/// stepped down to a child in need plan), one a section 47 enquiry, six on a plan started one to five weeks ago
/// (one in seven with a visit overdue), and one closed after an enquiry found no further action was needed.
/// </summary>
internal sealed partial class DemoSeeder
{
    private async Task BulkChildAsync(int number, CancellationToken ct)
    {
        var kind = number % 10;
        var age = number * 7 % 20;
        var preparing = kind is 0 or 1 or 2;
        var worker = preparing
            ? number % 2 == 0 ? DemoStaff.BenHughes : DemoStaff.ChloePatel
            : number % 2 == 0 ? DemoStaff.AmaraOkafor : DemoStaff.ChloePatel;
        var shape = (number % 3) switch
        {
            0 => new FamilyShape(),
            1 => NoFatherResponsibility,
            _ => new FamilyShape(Father: false, StepFather: true),
        };
        var f = await FamilyAsync(number, worker, shape, ct);
        var s = new Story(f.Reference);
        switch (kind)
        {
            case 0 when number % 20 == 0:
                Referral(s, f, Ago(number % 2), null);
                break;
            case 0:
                Referral(s, f, Ago(5 + age), ReferralDecision.NoFurtherAction);
                s.Add(Ago(4 + age), f.Manager, d => new CaseClosed { On = d, ChildId = f.Child, Reason = "No further action after the referral" });
                break;
            case 1:
                {
                    var referral = Ago(3 + (age * 2));
                    Referral(s, f, referral, ReferralDecision.Assessment);
                    Seen(s, f, Add(referral, 2), SeenPurpose.Assessment);
                    if (age > 12)
                    {
                        var completed = Add(referral, 25);
                        s.Add(completed, f.Worker, d => new AssessmentCompleted { On = d, ChildId = f.Child, Outcome = AssessmentOutcome.ChildInNeed });
                        s.Add(completed, f.Worker, d => new ChildInNeedPlanStarted { On = d, ChildId = f.Child });
                    }

                    break;
                }

            case 2:
                Enquiry(s, f, Ago(1 + (age % 8)), Ahead(1), new EnquiryPlan());
                break;
            case 9:
                {
                    var strategy = Ago(10 + age);
                    Enquiry(s, f, strategy, Add(strategy, 5), new EnquiryPlan(), Section47Outcome.NoFurtherAction);
                    s.Add(Add(strategy, 7), f.Manager, d => new CaseClosed { On = d, ChildId = f.Child, Reason = "No further action after the section 47 enquiry" });
                    break;
                }

            default:
                {
                    var start = Ago(5 + age);
                    if (number % 150 == 0 && f.Father is { } father)
                    {
                        // A father kept from the mother and the child, and out of the child's meetings.
                        Restriction(s, f, father, Add(start, -16));
                        ExcludeFromMeetings(s, f, father, Add(start, -16), "Domestic abuse: the mother and the child are protected by a contact restriction");
                    }

                    PathToPlan(s, f, start, new EnquiryPlan { Conference = new ConferencePlan { Category = (AbuseCategory)(number % 4) } });
                    Work(s, f, start, _today, new PlanWork { LastVisit = number % 7 == 0 ? Ago(12) : null });
                    break;
                }
        }

        await RecordAsync(s, ct);
    }
}
