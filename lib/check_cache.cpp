#include "cchc/check_cache.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "cchc/atomic_write.hpp"
#include "cchc/repository.hpp"

namespace fs = std::filesystem;

namespace cchc {

namespace {

constexpr const char* kMagic = "cchc-check-cache 1";

// Two independent 64-bit hashes (FNV-1a and the standard library's) make a 128-bit key.
struct Hasher {
    uint64_t fnv = 1469598103934665603ull;
    uint64_t mix = 0;
    void add(std::string_view s) {
        for (unsigned char c : s) fnv = (fnv ^ c) * 1099511628211ull;
        mix = mix * 31 + std::hash<std::string_view>{}(s) + s.size();
        fnv = (fnv ^ 0xff) * 1099511628211ull;  // separator: "ab"+"c" differs from "a"+"bc"
    }
    std::string hex() const {
        char buf[33];
        std::snprintf(buf, sizeof buf, "%016llx%016llx", static_cast<unsigned long long>(fnv),
                      static_cast<unsigned long long>(mix));
        return buf;
    }
};

void put(std::ostream& out, const std::string& s) { out << s.size() << ':' << s << '\n'; }
bool get(std::istream& in, std::string& s) {
    size_t n = 0;
    char colon = 0;
    if (!(in >> n) || !in.get(colon) || colon != ':' || n > (64u << 20)) return false;
    s.assign(n, '\0');
    return in.read(s.data(), static_cast<std::streamsize>(n)) && in.get() == '\n';
}

// Every changed repository state adds an entry: keep the newest kMaxEntries.
constexpr size_t kMaxEntries = 32;
void prune(const fs::path& dir) {
    std::error_code ec;
    std::vector<std::pair<fs::file_time_type, fs::path>> entries;
    for (const auto& e : fs::directory_iterator(dir, ec))
        if (e.path().filename().string().rfind("check-", 0) == 0) entries.emplace_back(e.last_write_time(ec), e.path());
    if (entries.size() <= kMaxEntries) return;
    std::sort(entries.begin(), entries.end());
    for (size_t i = 0; i + kMaxEntries < entries.size(); ++i) fs::remove(entries[i].second, ec);
}

}  // namespace

fs::path check_cache_dir() {
    if (const char* x = std::getenv("XDG_CACHE_HOME"); x && *x) return fs::path(x) / "cchc";
    if (const char* h = std::getenv("HOME"); h && *h) return fs::path(h) / ".cache" / "cchc";
    return {};
}

std::string check_cache_key(const fs::path& root) {
    auto inputs = repository_inputs(root);
    if (!inputs) return {};
    Hasher h;
    h.add(kMagic);
    h.add(CCHC_VERSION);
    std::error_code ec;
    // A rebuilt binary may check differently under the same version: key on the binary too.
    const fs::path self = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        h.add(self.string());
        h.add(std::to_string(fs::file_size(self, ec)));
        h.add(std::to_string(fs::last_write_time(self, ec).time_since_epoch().count()));
    }
    h.add(fs::absolute(root, ec).lexically_normal().string());
    for (const auto& p : *inputs) {
        std::ifstream in(p, std::ios::binary);
        if (!in) return {};
        std::ostringstream bytes;
        bytes << in.rdbuf();
        h.add(p.string());
        h.add(bytes.str());
    }
    return h.hex();
}

std::optional<CheckResult> load_check_cache(const std::string& key) {
    const fs::path dir = check_cache_dir();
    if (key.empty() || dir.empty()) return std::nullopt;
    std::ifstream in(dir / ("check-" + key), std::ios::binary);
    if (!in) return std::nullopt;
    std::string magic, field;
    CheckResult r;
    size_t count = 0;
    if (!get(in, magic) || magic != kMagic || !get(in, r.lang) || !(in >> r.files >> r.plans >> r.tasks >> count))
        return std::nullopt;
    for (size_t i = 0; i < count; ++i) {
        Diagnostic d;
        std::string sev;
        size_t nargs = 0;
        if (!(in >> d.line >> d.col >> nargs) || !get(in, d.file) || !get(in, sev) || !get(in, d.code) ||
            !get(in, d.message.key) || !get(in, d.source_line))
            return std::nullopt;
        d.severity = sev == "w" ? Severity::warning : Severity::error;
        d.message.args.resize(nargs);
        for (auto& a : d.message.args)
            if (!get(in, a)) return std::nullopt;
        r.diags.push_back(std::move(d));
    }
    return r;
}

void store_check_cache(const std::string& key, const CheckResult& r) {
    const fs::path dir = check_cache_dir();
    if (key.empty() || dir.empty()) return;
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) return;
    std::ostringstream out;
    put(out, kMagic);
    put(out, r.lang);
    out << r.files << ' ' << r.plans << ' ' << r.tasks << ' ' << r.diags.size() << ' ';
    for (const auto& d : r.diags) {
        out << d.line << ' ' << d.col << ' ' << d.message.args.size() << ' ';
        put(out, d.file);
        put(out, d.severity == Severity::warning ? "w" : "e");
        put(out, d.code);
        put(out, d.message.key);
        put(out, d.source_line);
        for (const auto& a : d.message.args) put(out, a);
    }
    (void)write_file_atomically((dir / ("check-" + key)).string(), out.str());
    prune(dir);
}

}  // namespace cchc
