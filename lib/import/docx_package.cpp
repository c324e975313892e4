// Reading the parts of a .docx with libzip (Debian libzip-dev): a maintained zip reader that
// reports damaged archives and zip-level encryption as errors, and lets us read entries in
// chunks so that declared sizes, which a zip bomb lies about, are never trusted.
#include "import/docx_package.hpp"

#include <zip.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string_view>
#include <system_error>

namespace cchc {

namespace {

std::string read_head(const std::string& path, size_t n) {
    std::ifstream in(path, std::ios::binary);
    std::string buf(n, '\0');
    in.read(buf.data(), static_cast<std::streamsize>(n));
    buf.resize(static_cast<size_t>(in.gcount()));
    return buf;
}

// An encrypted Office document is an OLE compound file holding an "EncryptionInfo" stream;
// its directory entry names are UTF-16LE.
bool ole_is_encrypted(const std::string& path) {
    const std::string head = read_head(path, 4u * 1024 * 1024);
    static const std::string kName = [] {
        std::string s;
        for (char c : std::string_view("EncryptionInfo")) {
            s += c;
            s += '\0';
        }
        return s;
    }();
    return head.find(kName) != std::string::npos;
}

struct ZipCloser {
    void operator()(zip_t* z) const { zip_discard(z); }
};
struct ZipFileCloser {
    void operator()(zip_file_t* f) const { zip_fclose(f); }
};

// Reads entry `name` into `out`; a missing entry leaves `out` empty and is no error.
ImportError read_entry(zip_t* z, const char* name, std::string& out, size_t& total, bool required) {
    const zip_int64_t index = zip_name_locate(z, name, 0);
    if (index < 0) {
        if (required) return {"import-no-document", {name}};
        return {};
    }
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(z, static_cast<zip_uint64_t>(index), 0, &st) == 0) {
        if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
            return {"import-encrypted", {}};
        if ((st.valid & ZIP_STAT_SIZE) && st.size > kMaxDocxPartBytes)
            return {"import-too-large", {name, std::to_string(kMaxDocxPartBytes / (1024 * 1024))}};
    }
    std::unique_ptr<zip_file_t, ZipFileCloser> f(zip_fopen_index(z, static_cast<zip_uint64_t>(index), 0));
    if (!f) {
        const int ze = zip_error_code_zip(zip_get_error(z));
        if (ze == ZIP_ER_NOPASSWD || ze == ZIP_ER_WRONGPASSWD || ze == ZIP_ER_ENCRNOTSUPP)
            return {"import-encrypted", {}};
        return {"import-bad-zip", {zip_strerror(z)}};
    }
    // The declared size may lie: read in chunks and stop at the cap whatever it says.
    char buf[64 * 1024];
    for (;;) {
        const zip_int64_t n = zip_fread(f.get(), buf, sizeof buf);
        if (n < 0) return {"import-bad-zip", {zip_file_strerror(f.get())}};
        if (n == 0) break;
        out.append(buf, static_cast<size_t>(n));
        total += static_cast<size_t>(n);
        if (out.size() > kMaxDocxPartBytes)
            return {"import-too-large", {name, std::to_string(kMaxDocxPartBytes / (1024 * 1024))}};
        if (total > kMaxDocxTotalBytes)
            return {"import-too-large", {name, std::to_string(kMaxDocxTotalBytes / (1024 * 1024))}};
    }
    return {};
}

}  // namespace

FileKind sniff_file_kind(const std::string& path) {
    const std::string head = read_head(path, 8);
    if (head.rfind("PK\x03\x04", 0) == 0 || head.rfind("PK\x05\x06", 0) == 0) return FileKind::zip;
    if (head.rfind("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 0) == 0) return FileKind::ole;
    if (head.rfind("%PDF", 0) == 0) return FileKind::pdf;
    if (head.rfind("{\\rtf", 0) == 0) return FileKind::rtf;
    return FileKind::other;
}

ImportError read_docx_parts(const std::string& path, DocxParts& out) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec) return {"import-unreadable", {path, ec.message()}};
    if (size > kMaxDocxFileBytes)
        return {"import-too-large", {path, std::to_string(kMaxDocxFileBytes / (1024 * 1024))}};
    switch (sniff_file_kind(path)) {
        case FileKind::zip:
            break;
        case FileKind::ole:
            if (ole_is_encrypted(path)) return {"import-encrypted", {}};
            return {"import-legacy-doc", {path}};
        case FileKind::pdf:
            return {"import-pdf", {path}};
        default:
            return {"import-not-zip", {path}};
    }
    int err = 0;
    std::unique_ptr<zip_t, ZipCloser> z(zip_open(path.c_str(), ZIP_RDONLY, &err));
    if (!z) {
        zip_error_t ze;
        zip_error_init_with_code(&ze, err);
        ImportError e{"import-bad-zip", {zip_error_strerror(&ze)}};
        zip_error_fini(&ze);
        return e;
    }
    if (zip_get_num_entries(z.get(), 0) > kMaxDocxEntries) return {"import-bad-zip", {"too many entries"}};
    size_t total = 0;
    if (auto e = read_entry(z.get(), "word/document.xml", out.document, total, true)) return e;
    if (auto e = read_entry(z.get(), "word/numbering.xml", out.numbering, total, false)) return e;
    if (auto e = read_entry(z.get(), "word/styles.xml", out.styles, total, false)) return e;
    if (auto e = read_entry(z.get(), "word/footnotes.xml", out.footnotes, total, false)) return e;
    return {};
}

}  // namespace cchc
