using Cpic.BuildingBlocks.Demo;
using Cpic.LanguageCourses.Domain;
using Cpic.LanguageCourses.Features.Attendance;
using Cpic.LanguageCourses.Features.Completion;
using Cpic.LanguageCourses.Features.Courses;
using Cpic.LanguageCourses.Features.Enrolments;
using Cpic.LanguageCourses.Features.Sessions;
using Marten;
using Wolverine;

namespace Cpic.LanguageCourses.Demo;

/// <summary>
/// The demo centre's courses of this year (<c>./build/run.sh --demo</c>): a Czech A1 course since spring and an A2
/// course since September, both still running, and a socio-cultural (SKK) lecture series finished today with its
/// unregistered audiences and completions. Each has its sessions, enrolments (a waitlist where it is full) and the
/// attendance of every session held, all through the module's commands.
/// </summary>
public static class CoursesDemo
{
    private sealed record Plan(string Title, string Type, string? Level, DateOnly Starts, DateOnly Ends, int EveryDays, int Places);

    public static async Task LoadAsync(IMessageBus bus, IDocumentStore store, DemoCentre centre, DemoClients clients,
        CancellationToken ct)
    {
        await centre.UntilKnownAsync<CourseClient>(store, clients, ct);

        var random = centre.RandomFor(3);
        var today = centre.Today;
        var year = new DateOnly(today.Year, 1, 1);
        var autumn = new DateOnly(today.Year, 9, 1) is var september && september < today ? september : year.AddDays(30);
        Plan[] plans =
        [
            new("Čeština A1 – večerní kurz", "czech-basic", "A1", year.AddDays(60), today.AddDays(21), 14, 12),
            new("Čeština A2 – intenzivní kurz", "czech-intensive", "A2", autumn, today.AddDays(28), 7, 10),
            new("Sociokulturní orientační kurz", "socio-cultural-orientation", null, year.AddDays(14), today, 30, 20),
        ];
        var students = clients.Identified.OrderBy(_ => random.Next()).ToList();
        // Early in January a course may not have started yet: it waits for next year's demo.
        for (var i = 0; i < plans.Length; i++)
        {
            if (plans[i].Starts > plans[i].Ends) continue;
            await RunAsync(bus, centre, random, plans[i], i, students.Skip(i * 15).Take(plans[i].Places + 2).ToList(), ct);
        }
    }

    private static async Task RunAsync(IMessageBus bus, DemoCentre centre, Random random, Plan plan, int index, List<Guid> students,
        CancellationToken ct)
    {
        var workplace = centre.Workplaces[index % centre.Workplaces.Count];
        var lecturer = $"Lektor {index + 1} ({centre.Code}, fiktivní)";
        var input = new CourseInput(plan.Title, plan.Type, plan.Level, "cs", workplace, null, [new LecturerInput(lecturer, false)],
            plan.Places, plan.Starts.AddDays(-14), plan.Ends, plan.Starts, plan.Ends, "AMIF", CourseStatus.Open);
        var course = await bus.InvokeForTenantAsync<CourseResponse>(centre.Code, new ScheduleCourse(input), ct);
        var enrolled = new List<Guid>();
        foreach (var student in students)
        {
            var enrolment = await bus.InvokeForTenantAsync<EnrolmentResponse>(centre.Code, new EnrolClient(course.Id, student), ct);
            if (enrolment.Status == EnrolmentStatus.Enrolled) enrolled.Add(student);
        }

        for (var day = plan.Starts; day <= plan.Ends; day = day.AddDays(plan.EveryDays))
        {
            var session = new SessionInput(day, "17:00", 90, $"Učebna {index + 1}", lecturer);
            var held = await bus.InvokeForTenantAsync<SessionResponse>(centre.Code, new ScheduleSession(course.Id, session), ct);
            if (day > centre.Today) continue;
            var entries = enrolled.Select(c => new AttendanceEntryInput(c, random.Next(10) switch
            {
                < 8 => AttendanceStatus.Present, 8 => AttendanceStatus.Excused, _ => AttendanceStatus.Absent,
            })).ToList();
            var audience = plan.Type == "socio-cultural-orientation" ? random.Next(2, 15) : (int?)null;
            await bus.InvokeForTenantAsync<RecordedAttendance>(centre.Code,
                new RecordAttendance(course.Id, held.Id, new AttendanceInput(entries, audience), held.Version), ct);
        }

        if (plan.Ends <= centre.Today)
        {
            await bus.InvokeForTenantAsync<CompletionResponse>(centre.Code, new CompleteCourse(course.Id), ct);
        }
    }
}
