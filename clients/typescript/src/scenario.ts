// An integrator's day through the generated client, run against a live host by build/ts-client.sh:
// register a client, update it with If-Match, record services, page through lists, enrol in a course,
// then read statistics and the facts feed as the ministry. Every call is typed by src/schema.d.ts;
// a change of the API that breaks generated clients fails `tsc` or this run.
import createClient from "openapi-fetch";
import { randomUUID } from "node:crypto";
import type { components, paths } from "./schema.js";

const baseUrl = required("CPIC_URL");
const staff = createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${required("CPIC_STAFF_TOKEN")}` } });
const ministry = createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${required("CPIC_MINISTRY_TOKEN")}` } });
// The host's "today" is the date in Prague (ISO format by the Swedish locale).
const today = new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Prague" });

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

function check<T>(what: string, result: { data?: T; error?: unknown; response: Response }): T {
  if (result.data === undefined) {
    throw new Error(`${what}: ${result.response.status} ${JSON.stringify(result.error)}`);
  }
  console.log(`ok  ${what} (${result.response.status})`);
  return result.data;
}

// 1. Register a client (idempotent POST), then read it back with its ETag.
const registered = check("register a client", await staff.POST("/api/v1/clients", {
  params: { query: { force: true }, header: { "Idempotency-Key": randomUUID() } },
  body: {
    anonymous: false, workplace: "LBC-LIB", givenNames: "Oksana", surname: `Kovalenko-${randomUUID().slice(0, 6)}`,
    birthDate: "1990-04-12", sex: "female", nationality: "UA", preferredLanguage: "uk", languages: ["uk", "ru"],
  },
}));
const read = await staff.GET("/api/v1/clients/{id}", { params: { path: { id: registered.id } } });
const current = check("read the client", read);
const etag = read.response.headers.get("ETag");
if (!etag) throw new Error("GET /clients/{id} sent no ETag");

// 2. Update with If-Match; a stale ETag is then a 412.
const updated = check("update with If-Match", await staff.PUT("/api/v1/clients/{id}", {
  params: { path: { id: current.id }, header: { "If-Match": etag } },
  body: { ...current.details, preferredLanguage: "cs" },
}));
if (updated.details.preferredLanguage !== "cs") throw new Error("the update did not take");
const stale = await staff.PUT("/api/v1/clients/{id}", {
  params: { path: { id: current.id }, header: { "If-Match": etag } },
  body: current.details,
});
if (stale.response.status !== 412 || stale.error?.status !== 412) throw new Error(`a stale If-Match gave ${stale.response.status}`);
console.log("ok  a stale If-Match is a 412 problem");

// 3. Record two services for the client.
for (const serviceType of ["social-counselling", "legal-counselling"]) {
  check(`record ${serviceType}`, await staff.POST("/api/v1/counselling/services", {
    params: { header: { "Idempotency-Key": randomUUID() } },
    body: {
      clientIds: [current.id], date: today, startTime: "09:30", minutes: 45, serviceType, form: "office",
      workplace: "LBC-LIB", place: { type: "workplace" }, topics: ["residence"], workers: ["worker-a"],
    },
  }));
}

// 4. Page through the centre's clients with the cursor.
let cursor: string | undefined;
let seen = 0;
do {
  const page = check("a page of clients", await staff.GET("/api/v1/clients", { params: { query: { limit: 1, cursor } } }));
  seen += page.items.length;
  cursor = page.nextCursor ?? undefined;
} while (cursor !== undefined && seen < 5);
if (seen === 0) throw new Error("no client listed");

// 5. A course: create, open, enrol the client.
const course = check("create a course", await staff.POST("/api/v1/courses", {
  params: { header: { "Idempotency-Key": randomUUID() } },
  body: {
    title: "Čeština A1", courseType: "czech-basic", level: "A1", language: "cs", workplace: "LBC-LIB",
    lecturers: [{ name: "Lektorka Nováková", external: false }], capacity: 10, enrolmentOpensOn: today,
    enrolmentClosesOn: today, startsOn: today, endsOn: today, status: "open",
  },
}));
check("enrol the client", await staff.POST("/api/v1/courses/{courseId}/enrolments", {
  params: { path: { courseId: course.id }, header: { "Idempotency-Key": randomUUID() } },
  body: { clientId: current.id },
}));

// 6. The ministry: statistics of the year and the facts feed (NDJSON, parsed line by line).
const year = today.slice(0, 4);
const statistics = check("statistics as the ministry", await ministry.GET("/api/v1/monitoring/statistics", {
  params: { query: { from: `${year}-01-01`, to: `${year}-12-31`, centre: "LBC" } },
}));
// The operation also answers CSV and XLSX, so the type is a union until narrowed.
if (typeof statistics === "string") throw new Error("statistics came as text, not JSON");
console.log(`    definitions ${statistics.definitionVersion}, clients ${JSON.stringify(statistics.totals.clients)}`);
const csv = await ministry.GET("/api/v1/monitoring/statistics", {
  params: { query: { from: `${year}-01-01`, to: `${year}-12-31`, centre: "LBC", format: "csv" } }, parseAs: "text",
});
if (!check("statistics as CSV", csv).startsWith("section,")) throw new Error("the CSV has no header row");
const feed = await ministry.GET("/api/v1/monitoring/facts", { params: { query: { limit: 1000 } }, parseAs: "text" });
const rows = check("the facts feed", feed).split("\n").filter((line) => line.length > 0);
console.log(`    ${rows.length} feed rows`);
// Each line is a Monitoring.FeedRow: a union told apart by `kind`, so a service row's columns are typed once narrowed.
const first = rows[0];
if (first !== undefined) {
  const row: components["schemas"]["Monitoring.FeedRow"] = JSON.parse(first);
  const summary = row.kind === "service" ? `${row.serviceType} of ${row.minutes} min on ${row.date}` : row.status;
  console.log(`    first row ${row.seq}: ${row.kind}, ${summary}`);
}
console.log("scenario passed");
