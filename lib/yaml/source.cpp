#include "yaml/source.hpp"

#include <algorithm>
#include <bit>
#include <cerrno>
#include <cstdint>
#include <cstring>

#include "base/control_chars.hpp"
#include "io/content_hash.hpp"
#include "io/safe_read.hpp"
#include "base/text.hpp"

namespace cchc {

void SourceFile::index_lines() {
    line_starts.clear();
    // The usual file breaks its lines with LF alone: counted, then found with memchr (a file
    // read again to show a diagnostic's line is indexed here, hundreds of them at scale).
    if (text.find('\r') == std::string::npos) {
        line_starts.reserve(static_cast<size_t>(std::count(text.begin(), text.end(), '\n')) + 1);
        line_starts.push_back(0);
        for (size_t i = text.find('\n'); i != std::string::npos; i = text.find('\n', i + 1)) line_starts.push_back(i + 1);
        return;
    }
    line_starts.push_back(0);
    // YAML line breaks: LF, CRLF, and a lone CR (old Mac files, a stray CR at the end).
    for (size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n')))
            line_starts.push_back(i + 1);
}

std::string_view SourceFile::line(int n) const {
    const std::vector<size_t>& starts = lines();
    const std::string& t = current_text();
    if (n < 1 || n > static_cast<int>(starts.size())) return {};
    const size_t begin = starts[static_cast<size_t>(n - 1)];
    size_t end = n < static_cast<int>(starts.size()) ? starts[static_cast<size_t>(n)] - 1 : t.size();
    if (end > t.size() || begin > end) return {};
    if (end > begin && t[end - 1] == '\r') --end;
    return std::string_view(t).substr(begin, end - begin);
}

SourceFile::Fingerprint SourceFile::fingerprint() const {
    if (!reread_from_.empty()) return released_;
    return {text.size(), std::hash<std::string_view>{}(text)};
}

void SourceFile::release_text(std::filesystem::path from) {
    released_ = fingerprint();
    reread_from_ = std::move(from);
    std::string().swap(text);
    std::vector<size_t>().swap(line_starts);
}

std::unique_ptr<SourceFile> SourceFile::unread(std::string shown, std::filesystem::path from, Fingerprint print) {
    auto f = std::make_unique<SourceFile>();
    f->path = std::move(shown);
    f->released_ = print;
    f->reread_from_ = std::move(from);
    return f;
}

const SourceFile::Reread& SourceFile::reread() const {
    std::call_once(reread_once_, [&] {
        // Read and normalised as at first (BOM, visible controls), then compared with what
        // was released: a file edited or replaced since shows no line.
        std::string raw;
        Diagnostics ignored;
        if (!read_regular_file(reread_from_, kMaxSourceBytes, raw).ok()) return;
        // Most files are kept as read but for a BOM: then the bytes are the text released,
        // already checked, and only their lines are needed (rules warn about hundreds of files
        // at national scale, each read again here).
        if (raw.rfind("\xEF\xBB\xBF", 0) == 0) raw.erase(0, 3);
        if (raw.size() == released_.size && std::hash<std::string_view>{}(raw) == released_.hash) {
            SourceFile same;
            same.text = std::move(raw);
            same.index_lines();
            reread_.text = std::move(same.text);
            reread_.line_starts = std::move(same.line_starts);
            return;
        }
        auto again = source_from_text(std::move(raw), path, ignored);
        if (again && again->text.size() == released_.size &&
            std::hash<std::string_view>{}(again->text) == released_.hash) {
            reread_.text = std::move(again->text);
            reread_.line_starts = std::move(again->line_starts);
        }
    });
    return reread_;
}

const std::string& SourceFile::current_text() const { return reread_from_.empty() ? text : reread().text; }

const std::vector<size_t>& SourceFile::lines() const {
    return reread_from_.empty() ? line_starts : reread().line_starts;
}

int SourceFile::char_column(int n, int col_bytes) const {
    const std::string_view l = line(n);
    const size_t limit = std::min(static_cast<size_t>(std::max(col_bytes, 0)), l.size());
    int chars = 0;
    for (size_t i = 0; i < limit; ++i)
        if ((static_cast<unsigned char>(l[i]) & 0xC0) != 0x80) ++chars;  // count lead bytes only
    return chars + 1;
}

Diagnostic make_diagnostic(const SourceFile* file, int line, int col, Severity sev, std::string code,
                           Message msg) {
    Diagnostic d;
    d.severity = sev;
    d.code = std::move(code);
    d.message = std::move(msg);
    d.line = line;
    d.col = col;
    if (file) {
        d.file = file->path;
        // A pathological line (minified, binary-ish) is not worth echoing in full.
        const std::string_view text = file->line(line);
        if (text.size() <= 400) d.source_line = std::string(text);
    }
    return d;
}

namespace {

// A size in MiB for messages, rounded up to 0.01 so that a file just over the limit never
// reads as the limit itself ("8.01 MiB; at most 8 MiB", not "8 MiB; at most 8 MiB").
std::string mib_text(uintmax_t bytes) {
    constexpr uintmax_t kMiB = 1024 * 1024;
    if (bytes % kMiB == 0) return std::to_string(bytes / kMiB);
    const uintmax_t hundredths = (bytes * 100 + kMiB - 1) / kMiB;
    const std::string frac = std::to_string(100 + hundredths % 100).substr(1);
    return std::to_string(hundredths / 100) + "." + frac;
}

struct ControlHit {
    int line = 0, col = 0;  // 1-based; col in characters
    char32_t cp = 0;
};

// The first control character of each line, at most 20 lines per file (a file full of them
// needs no more to be understood).
std::vector<ControlHit> raw_controls(std::string_view text) {
    std::vector<ControlHit> out;
    int line = 1, col = 1, reported_line = 0;
    for (size_t i = 0; i < text.size() && out.size() < 20; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++line, col = 1;
            continue;
        }
        if ((c & 0xC0) == 0x80) continue;  // continuation byte: same character
        if (c >= 0x20 && c != 0x7F && c != 0xC2 && c != 0xD8 && c != 0xE2) {  // the common byte: no control starts here
            ++col;
            continue;
        }
        if (auto hit = first_control(text.substr(i, c == 0xC2 || c == 0xD8 ? 2 : c == 0xE2 ? 3 : 1));
            hit && reported_line != line) {
            out.push_back({line, col, hit->cp});
            reported_line = line;
        }
        ++col;
    }
    return out;
}

// What one pass over a file finds: the first malformed UTF-8 byte, whether a refused control
// occurs, and the line starts (LF, CRLF or a lone CR). One pass instead of four, eight bytes
// at a time through ASCII without line breaks or controls: reading is a tenth of `check`.
struct TextScan {
    size_t bad_utf8 = std::string::npos;
    bool control = false;
};

TextScan scan_text(std::string_view text, std::vector<size_t>& line_starts) {
    TextScan out;
    line_starts.clear();
    line_starts.push_back(0);
    const auto* const begin = reinterpret_cast<const unsigned char*>(text.data());
    const auto* const end = begin + text.size();
    const auto* p = begin;
    constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
    while (p < end) {
        if (end - p >= 8) {
            uint64_t w;
            std::memcpy(&w, p, 8);
            // No byte ≥ 0x80, none < 0x20, none == 0x7F: plain printable ASCII.
            // Borrows can flag bytes above a real hit, never below: the lowest flag is exact.
            const uint64_t below_space = (w - kOnes * 0x20) & ~w & kHigh;
            const uint64_t del = ((w ^ (kOnes * 0x7F)) - kOnes) & ~(w ^ (kOnes * 0x7F)) & kHigh;
            const uint64_t flagged = (w & kHigh) | below_space | del;
            if (flagged == 0) {
                p += 8;
                continue;
            }
            // Plain ASCII up to the first flagged byte.
            if constexpr (std::endian::native == std::endian::little) p += std::countr_zero(flagged) / 8;
            else p += std::countl_zero(flagged) / 8;
        }
        const unsigned c = *p;
        if (c >= 0x20 && c < 0x7F) {
            ++p;
        } else if (c == '\n') {
            line_starts.push_back(static_cast<size_t>(++p - begin));
        } else if (c == '\r') {
            if (++p == end || *p != '\n') line_starts.push_back(static_cast<size_t>(p - begin));
        } else if (c < 0x80) {  // C0 controls but tab, and DEL
            out.control = out.control || c != '\t';
            ++p;
        } else if (c >= 0xC3 && c <= 0xDF && end - p >= 2 && (p[1] & 0xC0) == 0x80) {
            out.control = out.control || (c == 0xD8 && p[1] == 0x9C);  // ARABIC LETTER MARK, a bidi control
            p += 2;  // the two-byte letters of Vietnamese (ă â đ ê ô ơ ư …): valid
        } else if (c == 0xE1 && end - p >= 3 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80) {
            p += 3;  // U+1000-U+1FFF, Vietnamese's other letters (ạ ả ấ … ỹ): valid, never a control
        } else {
            const size_t n = decode_utf8_multibyte(p, static_cast<size_t>(end - p)).second;
            if (n == 0) {
                out.bad_utf8 = static_cast<size_t>(p - begin);
                return out;
            }
            // C1 controls; LS and PS, which libyaml takes for line breaks and editors do not
            // and the bidi controls U+200E/F, U+202A–E, U+2066–9
            out.control = out.control || (c == 0xC2 && p[1] <= 0x9F) ||
                          (c == 0xE2 && (p[1] == 0x80 || p[1] == 0x81) && first_control(std::string_view(reinterpret_cast<const char*>(p), 3)));
            p += n;
        }
    }
    return out;
}

// 1-based line and character column of byte `offset` (only for the rare error message).
std::pair<int, int> line_col_of(std::string_view text, size_t offset) {
    int line = 1, col = 1;
    for (size_t i = 0; i < offset && i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') ++line, col = 1;
        else if ((c & 0xC0) != 0x80) ++col;
    }
    return {line, col};
}

}  // namespace

std::unique_ptr<SourceFile> source_from_text(std::string text, const std::string& shown, Diagnostics& diags) {
    auto file_diag = [&](const char* code, Message m, int line = 0, int col = 0) {
        Diagnostic d;
        d.file = shown;
        d.line = line;
        d.col = col;
        d.code = code;
        d.message = std::move(m);
        diags.add(std::move(d));
        return nullptr;
    };
    if (text.size() > kMaxSourceBytes)
        return file_diag("file-too-large", {"file-too-large", {mib_text(text.size()), mib_text(kMaxSourceBytes)}}, 1, 1);
    if (const size_t nul = text.find('\0'); nul != std::string::npos) {
        const auto [line, col] = line_col_of(text, nul);  // where the first NUL byte is
        return file_diag("binary-file", {"binary-file", {}}, line, col);
    }
    if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);  // a BOM is harmless: drop it
    auto src = std::make_unique<SourceFile>();
    const TextScan scan = scan_text(text, src->line_starts);
    if (scan.bad_utf8 != std::string::npos) {
        const auto [line, col] = line_col_of(text, scan.bad_utf8);
        return file_diag("invalid-utf8", {"invalid-utf8", {}}, line, col);
    }
    src->path = shown;
    // Control characters are an error where they stand, and the text goes on with visible
    // symbols in their place (one column each), so nothing downstream can print them.
    const std::vector<ControlHit> controls = scan.control ? raw_controls(text) : std::vector<ControlHit>{};
    if (controls.empty()) {
        src->text = std::move(text);
    } else {
        src->text = visible_controls(text);
        src->index_lines();
    }
    for (const auto& c : controls)
        diags.add(make_diagnostic(src.get(), c.line, c.col, Severity::error, "control-character",
                                  {"control-character", {code_point_name(c.cp)}}));
    return src;
}

std::unique_ptr<SourceFile> read_source_file(const std::filesystem::path& path, const std::string& shown,
                                             Diagnostics& diags, const std::filesystem::path& root,
                                             std::string* bytes_key) {
    namespace fs = std::filesystem;
    // A file that is refused whole is pointed at its start (1:1), and its content never shown.
    auto refused = [&](const char* code, Message m) {
        Diagnostic d;
        d.file = shown;
        d.line = 1;
        d.col = 1;
        d.code = code;
        d.message = std::move(m);
        diags.add(std::move(d));
        return nullptr;
    };
    auto unreadable = [&](const std::string& why) {
        Diagnostic d;
        d.file = shown;
        d.code = "unreadable-file";
        d.message = {"unreadable-file", {why}};
        diags.add(std::move(d));
        return nullptr;
    };
    std::error_code ec;
    if (!root.empty()) {
        // A link may point anywhere (/etc/shadow): what it leads to must be inside the
        // repository, compared with every link resolved.
        const fs::path real = fs::canonical(path, ec);
        if (ec) return unreadable(ec.message());
        const fs::path real_root = fs::canonical(root, ec);
        if (!ec) {
            const fs::path rel = real.lexically_relative(real_root);
            if (rel.empty() || *rel.begin() == "..") return refused("outside-root", {"outside-root", {shown}});
        }
    }
    std::string text;
    const SafeRead r = read_regular_file(path, kMaxSourceBytes, text);
    switch (r.status) {
        case SafeRead::Status::ok: break;
        case SafeRead::Status::error: return unreadable(std::strerror(r.err ? r.err : EIO));
        case SafeRead::Status::not_regular:
            return refused("not-a-regular-file", {"not-a-regular-file", {shown, file_kind(path)}});
        case SafeRead::Status::too_large:
            return refused("file-too-large", {"file-too-large", {mib_text(r.size), mib_text(kMaxSourceBytes)}});
    }
    if (bytes_key) {
        ContentHash h;
        h.add(text);
        *bytes_key = h.hex();
    }
    return source_from_text(std::move(text), shown, diags);
}

}  // namespace cchc
