#include "model/model_pack.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <type_traits>

namespace cchc {

namespace {

// A field added to one of these types changes its size: add it to its io() below, then the
// size here (x86_64, libstdc++). The pack's magic (kKind*) changes with any such edit too,
// as does build_identity(), so no pack of an older build is ever read.
#if defined(__x86_64__) && defined(__GLIBCXX__)
static_assert(sizeof(Pos) == 16);
static_assert(sizeof(Text) == 48);
static_assert(sizeof(Unit) == 160);
static_assert(sizeof(Group) == 128);
static_assert(sizeof(Metric) == 288);
static_assert(sizeof(Agency) == 472);
static_assert(sizeof(Target) == 248);
static_assert(sizeof(Goal) == 72);
static_assert(sizeof(Milestone) == 504);
static_assert(sizeof(Task) == 888);
static_assert(sizeof(Section) == 232);
static_assert(sizeof(Event) == 104);
static_assert(sizeof(Assignment) == 96);
static_assert(sizeof(Plan) == 1056);
static_assert(sizeof(JournalEntry) == 696);
static_assert(sizeof(Journal) == 40);
static_assert(sizeof(Deadline) == 288);
static_assert(sizeof(Period) == 16);
static_assert(sizeof(Date) == 12);
#endif

constexpr char kAgencyMagic[] = "cchc-model agency 1";
constexpr char kPlanMagic[] = "cchc-model plan 2";  // 2: the body apart
constexpr char kJournalMagic[] = "cchc-model journal 1";

// Integers as LEB128 varints (zig-zag for signed), strings as length + bytes, doubles as
// their 8 bytes: compact, and exact.
struct Writer {
    static constexpr bool reading = false;
    std::string out;
    const SourceFile* file = nullptr;
    bool foreign = false;  // a position in another file: not packed
    bool ok = true;

    void uint(uint64_t v) {
        while (v >= 0x80) out.push_back(static_cast<char>((v & 0x7f) | 0x80)), v >>= 7;
        out.push_back(static_cast<char>(v));
    }
    void sint(int64_t v) { uint((static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63)); }
    void bytes(std::string_view s) {
        uint(s.size());
        out.append(s);
    }
    void real(double d) {
        char b[sizeof d];
        std::memcpy(b, &d, sizeof d);
        out.append(b, sizeof d);
    }
};

struct Reader {
    static constexpr bool reading = true;
    std::string_view in;
    const SourceFile* file = nullptr;
    bool ok = true;

    uint64_t uint() {
        uint64_t v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (in.empty()) return ok = false, 0;
            const auto b = static_cast<unsigned char>(in.front());
            in.remove_prefix(1);
            v |= static_cast<uint64_t>(b & 0x7f) << shift;
            if (!(b & 0x80)) return v;
        }
        return ok = false, 0;
    }
    int64_t sint() {
        const uint64_t u = uint();
        return static_cast<int64_t>(u >> 1) ^ -static_cast<int64_t>(u & 1);
    }
    std::string_view bytes() {
        const uint64_t n = uint();
        if (!ok || n > in.size()) return ok = false, std::string_view();
        const std::string_view s = in.substr(0, n);
        in.remove_prefix(n);
        return s;
    }
    double real() {
        double d = 0;
        if (in.size() < sizeof d) return ok = false, 0.0;
        std::memcpy(&d, in.data(), sizeof d);
        in.remove_prefix(sizeof d);
        return d;
    }
    // A count of items about to be read: each takes at least a byte, so a count larger than
    // what is left is a damaged pack, not an allocation of that size.
    size_t count() {
        const uint64_t n = uint();
        if (n > in.size()) return ok = false, 0;
        return static_cast<size_t>(n);
    }
};

// Every overload, declared before any is defined: the generic ones (optional, vector)
// find the others by ordinary lookup (the model's types are in cchc, these functions in an
// unnamed namespace, which argument-dependent lookup does not search).
template <class A> void io(A& a, bool& v);
template <class A, class Int> requires(std::is_integral_v<Int> && !std::is_same_v<Int, bool>) void io(A& a, Int& v);
template <class A, class Enum> requires std::is_enum_v<Enum> void io(A& a, Enum& v);
template <class A> void io(A& a, double& v);
template <class A> void io(A& a, std::string& v);
template <class A, class T> void io(A& a, std::optional<T>& v);
template <class A, class T> void io(A& a, std::vector<T>& v);
template <class A> void io(A& a, Pos& p);
template <class A, class T> void io(A& a, Located<T>& v);
template <class A> void io(A& a, Date& d);
template <class A> void io(A& a, Period& p);
template <class A> void io(A& a, TargetValue& v);
template <class A> void io(A& a, Deadline& d);
template <class A> void io(A& a, Unit& u);
template <class A> void io(A& a, Group& g);
template <class A> void io(A& a, Metric& m);
template <class A> void io(A& a, Target& t);
template <class A> void io(A& a, Goal& g);
template <class A> void io(A& a, Milestone& m);
template <class A> void io(A& a, Task& t);
template <class A> void io(A& a, Section& s);
template <class A> void io(A& a, Event& e);
template <class A> void io(A& a, Assignment& s);
template <class A> void io(A& a, JournalEntry& e);

// ---- scalars --------------------------------------------------------------------------

template <class A>
void io(A& a, bool& v) {
    if constexpr (A::reading) v = a.uint() != 0;
    else a.uint(v ? 1 : 0);
}

template <class A, class Int>
    requires(std::is_integral_v<Int> && !std::is_same_v<Int, bool>)
void io(A& a, Int& v) {
    if constexpr (A::reading) v = static_cast<Int>(a.sint());
    else a.sint(static_cast<int64_t>(v));
}

template <class A, class Enum>
    requires std::is_enum_v<Enum>
void io(A& a, Enum& v) {
    if constexpr (A::reading) v = static_cast<Enum>(a.sint());
    else a.sint(static_cast<int64_t>(v));
}

template <class A>
void io(A& a, double& v) {
    if constexpr (A::reading) v = a.real();
    else a.real(v);
}

template <class A>
void io(A& a, std::string& v) {
    if constexpr (A::reading) v.assign(a.bytes());
    else a.bytes(v);
}

template <class A, class T>
void io(A& a, std::optional<T>& v) {
    bool has = v.has_value();
    io(a, has);
    if constexpr (A::reading) {
        if (has) io(a, v.emplace());
        else v.reset();
    } else if (has) {
        io(a, *v);
    }
}

template <class A, class T>
void io(A& a, std::vector<T>& v) {
    if constexpr (A::reading) {
        const size_t n = a.count();
        v.clear();
        v.reserve(std::min<size_t>(n, 4096));  // a damaged count grows the vector as read, not at once
        for (size_t i = 0; i < n && a.ok; ++i) io(a, v.emplace_back());
    } else {
        a.uint(v.size());
        for (auto& x : v) io(a, x);
    }
}

// Several fields in order.
template <class A, class... T>
void fields(A& a, T&... v) {
    (io(a, v), ...);
}

// ---- positions and values -------------------------------------------------------------

// A position is in the file packed, or nowhere (file == nullptr).
template <class A>
void io(A& a, Pos& p) {
    if constexpr (A::reading) {
        const bool here = a.uint() != 0;
        p.file = here ? a.file : nullptr;
    } else {
        if (p.file && p.file != a.file) a.foreign = true;
        a.uint(p.file ? 1 : 0);
    }
    fields(a, p.line, p.col);
}

template <class A, class T>
void io(A& a, Located<T>& v) {
    fields(a, v.value, v.pos);
}

template <class A>
void io(A& a, Date& d) {
    fields(a, d.year, d.month, d.day);
}

template <class A>
void io(A& a, Period& p) {
    fields(a, p.kind, p.year, p.index, p.day);
}

template <class A>
void io(A& a, TargetValue& v) {
    int which = static_cast<int>(v.index());
    io(a, which);
    if constexpr (A::reading) {
        if (which == 1) io(a, v.template emplace<double>());
        else if (which == 2) io(a, v.template emplace<std::string>());
        else if (which == 0) v = std::monostate{};
        else a.ok = false;
    } else {
        if (which == 1) io(a, std::get<double>(v));
        if (which == 2) io(a, std::get<std::string>(v));
    }
}

// Deadlines nest (dates, milestones): a damaged pack that nests deeper than any written
// one is refused rather than followed.
template <class A>
void deadline_fields(A& a, Deadline& d) {
    fields(a, d.kind, d.date, d.period, d.period_until, d.every, d.day, d.before, d.range_from, d.range_until, d.event,
           d.event_text, d.within_days, d.working, d.expected, d.per, d.parts, d.label);
}

template <class A>
void io(A& a, Deadline& d) {
    thread_local int depth = 0;
    if (++depth > 16) a.ok = false;
    else deadline_fields(a, d);
    --depth;
}

// ---- agencies -------------------------------------------------------------------------

template <class A>
void io(A& a, Unit& u) {
    fields(a, u.code, u.pos, u.name, u.aliases, u.parent, u.external);
}

template <class A>
void io(A& a, Group& g) {
    fields(a, g.id, g.pos, g.name, g.aliases, g.members);
}

template <class A>
void io(A& a, Metric& m) {
    fields(a, m.id, m.pos, m.name, m.unit, m.scale, m.min, m.max, m.index, m.computed, m.of, m.kind_conflict);
}

// Not here: id, key, file (the caller's, from the path), unit_index_cache (built on use).
template <class A>
void agency_fields(A& a, Agency& g) {
    fields(a, g.name, g.short_name, g.province, g.parent, g.place, g.abbreviation, g.signer.authority, g.signer.title,
           g.signer.name, g.recipients, g.units, g.groups, g.metrics);
}

// ---- plans ----------------------------------------------------------------------------

template <class A>
void io(A& a, Target& t) {
    fields(a, t.pos, t.metric, t.op, t.value, t.baseline, t.text, t.deliverable);
}

template <class A>
void io(A& a, Goal& g) {
    fields(a, g.pos, g.text, g.targets);
}

template <class A>
void io(A& a, Milestone& m) {
    fields(a, m.pos, m.what, m.timing, m.due, m.due_pos, m.id, m.lead, m.informed);
}

template <class A>
void io(A& a, Task& t) {
    fields(a, t.pos, t.id, t.stt, t.task, t.criterion, t.result, t.targets, t.timing, t.due, t.due_pos, t.milestones,
           t.lead, t.support, t.informed, t.method, t.note, t.section, t.index, t.reporting, t.ongoing, t.ongoing_pos);
}

template <class A>
void io(A& a, Section& s) {
    fields(a, s.pos, s.id, s.stt, s.title, s.index, s.text, s.parent, s.depth);
}

template <class A>
void io(A& a, Event& e) {
    fields(a, e.id, e.name, e.expected);
}

template <class A>
void io(A& a, Assignment& s) {
    fields(a, s.pos, s.text, s.lead, s.support);
}

// Not here: id, stem, agency, file (the caller's), first_entry (from the journals, after
// loading), partial and partial_until (a plan with a syntax error is never packed),
// body_pending (the caller's: whether it has read the body yet).
//
// A plan is packed as its header, then its body as one length-prefixed part, so that a
// command can read the headers of every plan and the bodies only of the plans it looks at
// (unpack_plan_header). The header holds what decides that: the dates and period, and the
// events (journals name them).
template <class A>
void plan_header_fields(A& a, Plan& p) {
    fields(a, p.number, p.issued, p.title, p.place, p.year, p.from, p.until, p.signer_name, p.signer_title,
           p.default_timing, p.default_due, p.default_due_pos, p.events);
}

// The same fields as take_body() in state/repository.cpp moves: a field added here goes there too.
template <class A>
void plan_body_fields(A& a, Plan& p) {
    fields(a, p.basis, p.purposes, p.requirements, p.notes, p.goals, p.sections, p.tasks, p.assignments);
}

void plan_fields(Writer& w, Plan& p) {
    plan_header_fields(w, p);
    Writer body;
    body.file = w.file;
    plan_body_fields(body, p);
    w.foreign = w.foreign || body.foreign;
    w.bytes(body.out);
}

// ---- journals -------------------------------------------------------------------------

template <class A>
void io(A& a, JournalEntry& e) {
    fields(a, e.kind, e.pos, e.date, e.task, e.occurrence, e.evidence, e.note, e.status, e.unit, e.new_due,
           e.has_new_due, e.metric, e.period, e.source, e.value, e.event, e.plan, e.plan_status, e.issue);
}

// ---- whole files ----------------------------------------------------------------------

template <class T, class Body>
std::string pack(std::string_view magic, const SourceFile* file, const T& item, Body body) {
    Writer w;
    w.file = file;
    w.bytes(magic);
    body(w, const_cast<T&>(item));  // the writer only reads
    return w.foreign ? std::string() : std::move(w.out);
}

template <class T, class Body>
bool unpack(std::string_view magic, std::string_view bytes, const SourceFile* file, T& out, Body body) {
    Reader r{bytes, file};
    if (r.bytes() != magic || !r.ok) return false;
    body(r, out);
    return r.ok && r.in.empty();
}

}  // namespace

std::string pack_agency(const Agency& agency) {
    return pack(kAgencyMagic, agency.file, agency, [](Writer& w, Agency& g) { agency_fields(w, g); });
}

std::string pack_plan(const Plan& plan) {
    if (plan.partial) return {};
    return pack(kPlanMagic, plan.file, plan, [](Writer& w, Plan& p) { plan_fields(w, p); });
}

std::string pack_journal(const Journal& journal) {
    return pack(kJournalMagic, journal.file, journal, [](Writer& w, Journal& j) { io(w, j.entries); });
}

bool unpack_agency(std::string_view bytes, const SourceFile* file, Agency& out) {
    return unpack(kAgencyMagic, bytes, file, out, [](Reader& r, Agency& g) { agency_fields(r, g); });
}

bool unpack_plan(std::string_view bytes, const SourceFile* file, Plan& out) {
    std::string_view body;
    return unpack_plan_header(bytes, file, out, body) && unpack_plan_body(body, file, out);
}

bool unpack_plan_header(std::string_view bytes, const SourceFile* file, Plan& out, std::string_view& body) {
    return unpack(kPlanMagic, bytes, file, out, [&](Reader& r, Plan& p) {
        plan_header_fields(r, p);
        body = r.bytes();
    });
}

bool unpack_plan_body(std::string_view body, const SourceFile* file, Plan& out) {
    Reader r{body, file};
    plan_body_fields(r, out);
    return r.ok && r.in.empty();
}

bool unpack_journal(std::string_view bytes, const SourceFile* file, Journal& out) {
    return unpack(kJournalMagic, bytes, file, out, [](Reader& r, Journal& j) { io(r, j.entries); });
}

}  // namespace cchc
