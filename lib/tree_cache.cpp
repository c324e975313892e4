#include "cchc/tree_cache.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <charconv>

#include "cchc/atomic_write.hpp"
#include "cchc/check_cache.hpp"
#include "cchc/content_hash.hpp"

namespace fs = std::filesystem;

namespace cchc {

namespace {

// Layout: the magic line; a line with the count; per tree a line "<key> <length>"; then the
// trees one after another, in that order.
constexpr std::string_view kMagic = "cchc-trees 1\n";
constexpr size_t kKeepPacks = 8;  // repositories (or build versions) remembered

// Reads one "<text><end>" field from `in`; false at the end or when malformed.
bool field(std::string_view& in, char end, std::string_view& out) {
    const size_t at = in.find(end);
    if (at == std::string_view::npos) return false;
    out = in.substr(0, at);
    in.remove_prefix(at + 1);
    return true;
}

bool number(std::string_view text, size_t& out) {
    const auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && p == text.data() + text.size();
}

}  // namespace

std::unique_ptr<TreeCache> TreeCache::open(const fs::path& root) {
    const fs::path dir = check_cache_dir();
    if (dir.empty()) return nullptr;
    std::error_code ec;
    ContentHash h;
    h.add(kMagic);
    h.add(build_identity());
    h.add(fs::absolute(root, ec).lexically_normal().string());
    auto cache = std::make_unique<TreeCache>();
    cache->path_ = dir / ("trees-" + h.hex());
    const int fd = ::open(cache->path_.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return cache;
    struct stat st {};
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
        void* p = ::mmap(nullptr, static_cast<size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
        if (p != MAP_FAILED) cache->map_ = static_cast<const char*>(p), cache->map_size_ = static_cast<size_t>(st.st_size);
    }
    ::close(fd);
    std::string_view rest(cache->map_ ? cache->map_ : "", cache->map_size_), count_text;
    size_t count = 0;
    if (!rest.starts_with(kMagic)) return cache;
    rest.remove_prefix(kMagic.size());
    if (!field(rest, '\n', count_text) || !number(count_text, count) || count > rest.size() / 34) return cache;
    std::vector<std::pair<std::string_view, size_t>> index(count);
    for (auto& [key, length] : index) {
        std::string_view length_text;
        if (!field(rest, ' ', key) || key.size() != 32 || !field(rest, '\n', length_text) || !number(length_text, length))
            return cache;
    }
    for (const auto& [key, length] : index) {
        if (length > rest.size()) {
            cache->trees_.clear();
            return cache;
        }
        cache->trees_.emplace(key, rest.substr(0, length));
        rest.remove_prefix(length);
    }
    if (!rest.empty()) cache->trees_.clear();  // not the pack that was written
    return cache;
}

TreeCache::~TreeCache() {
    if (map_) ::munmap(const_cast<char*>(map_), map_size_);
}

std::string TreeCache::key_of(std::string_view text) {
    ContentHash h;
    h.add(text);
    return h.hex();
}

YNodePtr TreeCache::find(const std::string& key) const {
    const auto it = trees_.find(key);
    return it == trees_.end() ? nullptr : deserialize_tree(it->second);
}

void TreeCache::store(const std::vector<Entry>& entries) const {
    std::vector<std::pair<std::string_view, std::string_view>> keep;  // key, tree
    bool changed = false;
    std::unordered_map<std::string_view, bool> seen;
    for (const auto& e : entries) {
        if (!seen.emplace(e.key, true).second) continue;  // two files with the same bytes
        if (!e.tree.empty()) {
            keep.emplace_back(e.key, e.tree);
            changed = true;
        } else if (const auto it = trees_.find(e.key); it != trees_.end()) {
            keep.emplace_back(e.key, it->second);
        }
    }
    changed = changed || keep.size() != trees_.size();
    if (!changed) return;
    std::string out(kMagic);
    out += std::to_string(keep.size()) + "\n";
    for (const auto& [key, tree] : keep) out += std::string(key) + " " + std::to_string(tree.size()) + "\n";
    for (const auto& [key, tree] : keep) out += tree;
    std::error_code ec;
    fs::create_directories(path_.parent_path(), ec);
    if (ec) return;
    (void)write_file_atomically(path_.string(), out);
    prune_cache(path_.parent_path(), "trees-", kKeepPacks);
}

}  // namespace cchc
