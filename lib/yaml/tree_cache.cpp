#include "yaml/tree_cache.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <charconv>

#include "io/atomic_write.hpp"
#include "io/cache_dir.hpp"
#include "io/content_hash.hpp"

namespace fs = std::filesystem;

namespace cchc {

namespace {

// Layout: the magic line; the trees one after another; the index, a line per tree
// "<key> <offset> <length> <check>"; and a footer line "<index offset> <tree count>", both
// numbers 20 digits wide. The trees come first so that a pack is written as the files are
// parsed, one tree at a time, and the index (small) last. A run that adds a few trees appends
// them and a whole new index after the old one, and a new footer: only the last footer and
// the index it points to count, the earlier index is dead bytes. <check> is the content hash of the
// tree's bytes: bounds checks catch a cut or shifted pack, not a changed byte inside a tree
// (a changed letter is still a tree), and a cache must never give a wrong one.
constexpr std::string_view kMagic = "cchc-trees 3\n";
constexpr size_t kFooterSize = 20 + 1 + 20 + 1;
constexpr size_t kKeepPacks = 8;  // repositories (or build versions) remembered

std::string check_of(std::string_view tree) {
    ContentHash h;
    h.add(tree);
    return h.hex();
}

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

std::unique_ptr<TreeCache> TreeCache::open(const fs::path& root, std::string_view kind) {
    const fs::path dir = usable_cache_dir();
    if (dir.empty()) return nullptr;
    std::error_code ec;
    ContentHash h;
    h.add(kMagic);
    h.add(build_identity());
    h.add(fs::absolute(root, ec).lexically_normal().string());
    h.add(kind);
    auto cache = std::make_unique<TreeCache>();
    cache->prefix_ = std::string(kind) + "-";
    cache->path_ = dir / (cache->prefix_ + h.hex());
    // Never through a link, and never blocking on a FIFO put in its place: only a regular
    // file is mapped (each tree is checked against its hash before use, in find()).
    const int fd = ::open(cache->path_.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY);
    if (fd < 0) return cache;
    struct stat st {};
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
        void* p = ::mmap(nullptr, static_cast<size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
        if (p != MAP_FAILED) cache->map_ = static_cast<const char*>(p), cache->map_size_ = static_cast<size_t>(st.st_size);
        cache->map_ino_ = st.st_ino, cache->map_dev_ = st.st_dev;
    }
    ::close(fd);
    const std::string_view pack(cache->map_ ? cache->map_ : "", cache->map_size_);
    if (!pack.starts_with(kMagic) || pack.size() < kMagic.size() + kFooterSize) return cache;
    std::string_view footer = pack.substr(pack.size() - kFooterSize), index_text, count_text;
    size_t index_at = 0, count = 0;
    if (!field(footer, ' ', index_text) || !number(index_text, index_at) || !field(footer, '\n', count_text) ||
        !number(count_text, count) || index_at < kMagic.size() || index_at > pack.size() - kFooterSize)
        return cache;
    std::string_view index = pack.substr(index_at, pack.size() - kFooterSize - index_at);
    if (count > index.size() / 71) return cache;  // a line is at least "<32-digit key> 0 0 <32-digit check>\n"
    for (size_t i = 0; i < count; ++i) {
        std::string_view key, offset_text, length_text, check;
        size_t offset = 0, length = 0;
        if (!field(index, ' ', key) || key.size() != 32 || !field(index, ' ', offset_text) ||
            !number(offset_text, offset) || !field(index, ' ', length_text) || !number(length_text, length) ||
            !field(index, '\n', check) || check.size() != 32 || offset < kMagic.size() || offset > index_at ||
            length > index_at - offset) {
            cache->trees_.clear();
            return cache;
        }
        cache->trees_.emplace(key, Stored{pack.substr(offset, length), check});
        cache->live_bytes_ += length;
    }
    if (!index.empty()) {
        cache->trees_.clear();  // not the pack that was written
        return cache;
    }
    cache->appending_ = true;  // a pack read whole: trees added now may go at its end
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
    const std::string_view bytes = find_bytes(key);
    return bytes.empty() ? nullptr : deserialize_tree(bytes);
}

void TreeCache::done_with(std::string_view bytes) const {
    if (!map_ || bytes.data() < map_ || bytes.data() + bytes.size() > map_ + map_size_) return;
    constexpr size_t kBatch = 8 << 20;
    std::vector<std::pair<const char*, const char*>> ready;
    {
        std::lock_guard lock(done_mutex_);
        done_.push_back({bytes.data(), bytes.data() + bytes.size()});
        done_bytes_ += bytes.size();
        if (done_bytes_ < kBatch) return;
        ready.swap(done_);
        done_bytes_ = 0;
    }
    // Neighbours in the pack (models are mostly asked for in the order they were written)
    // become one range. Whole pages inside each range only: the pages at either end may hold
    // a neighbour another thread is reading (dropped, they would only be read again from the
    // file cache, but there is no need).
    std::sort(ready.begin(), ready.end());
    static const uintptr_t page = static_cast<uintptr_t>(::sysconf(_SC_PAGESIZE));
    for (size_t i = 0; i < ready.size();) {
        const char* begin = ready[i].first;
        const char* end = ready[i].second;
        for (++i; i < ready.size() && ready[i].first <= end; ++i) end = std::max(end, ready[i].second);
        const uintptr_t from = (reinterpret_cast<uintptr_t>(begin) + page - 1) & ~(page - 1);
        const uintptr_t to = reinterpret_cast<uintptr_t>(end) & ~(page - 1);
        if (to > from) ::madvise(reinterpret_cast<void*>(from), to - from, MADV_DONTNEED);
    }
}

std::string_view TreeCache::find_bytes(const std::string& key) const {
    const auto it = trees_.find(key);
    if (it == trees_.end() || check_of(it->second.tree) != it->second.check) return {};
    return it->second.tree;
}

void TreeCache::add(const std::string& key, std::string_view tree) {
    std::string check = check_of(tree);  // outside the lock: workers hash side by side
    const std::lock_guard lock(write_mutex_);
    if (written_.count(key)) return;
    // Appended while they stay small beside the pack (a few files edited); many trees new (a
    // branch checked out, a new build) make a new pack instead.
    if (appending_ && pending_.size() + tree.size() > std::max<size_t>(live_bytes_ / 4, 1u << 20) && !write_afresh())
        return;
    if (appending_) {
        written_.emplace(key, Placed{pending_.size(), tree.size(), std::move(check)});
        pending_.append(tree);
        return;
    }
    if (!start_writing()) return;
    written_.emplace(key, Placed{writer_->size(), tree.size(), std::move(check)});
    writer_->write(tree);
}

void TreeCache::add(const std::string& key, const YNode& tree) {
    {
        const std::lock_guard lock(write_mutex_);
        if (!appending_ && !start_writing()) return;  // a pack that cannot be written: no tree is worth serializing
    }
    add(key, serialize_tree(tree));
}

bool TreeCache::start_writing() {
    if (writer_) return writer_->error() == 0;
    std::error_code ec;
    fs::create_directories(path_.parent_path(), ec);
    remove_stale_temporaries(path_.parent_path(), false);  // packs of runs that were killed
    writer_ = std::make_unique<AtomicWriter>(path_);
    writer_->write(kMagic);
    return writer_->error() == 0;
}

bool TreeCache::write_afresh() {
    appending_ = false;
    if (!start_writing()) return false;
    const size_t base = writer_->size();  // the gathered trees go first
    writer_->write(pending_);
    for (auto& [key, placed] : written_) placed.offset += base;
    std::string().swap(pending_);
    return true;
}

void TreeCache::index_to(std::string& out, const std::vector<std::pair<std::string_view, Placed>>& index,
                         size_t index_at) const {
    for (const auto& [key, at] : index) out += fmt::format("{} {} {} {}\n", key, at.offset, at.length, at.check);
    out += fmt::format("{:020} {:020}\n", index_at, index.size());
}

// Appends the trees gathered and the new index to the pack read, in one write, under an
// exclusive lock, and only when the file is still the one mapped, as long as it was mapped
// (not replaced, nothing appended by another run since): the index's offsets into it then
// hold. A cut write leaves a pack whose footer does not parse: a miss next time, never a
// wrong tree (each tree is checked against its hash).
bool TreeCache::append(const std::vector<std::pair<std::string_view, Placed>>& index) {
    const int fd = ::open(path_.c_str(), O_WRONLY | O_APPEND | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY);
    if (fd < 0) return false;
    struct Closer {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    struct stat st {};
    if (::flock(fd, LOCK_EX) != 0 || ::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) ||
        static_cast<unsigned long long>(st.st_ino) != map_ino_ || static_cast<unsigned long long>(st.st_dev) != map_dev_ ||
        static_cast<size_t>(st.st_size) != map_size_)
        return false;
    std::string chunk = std::move(pending_);
    index_to(chunk, index, map_size_ + chunk.size());
    for (size_t done = 0; done < chunk.size();) {
        const ssize_t n = ::write(fd, chunk.data() + done, chunk.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return true;  // cut short: the pack no longer parses, and is rewritten next time
        done += static_cast<size_t>(n);
    }
    return true;
}

void TreeCache::finish(const std::vector<std::string>& keys) {
    const std::lock_guard lock(write_mutex_);
    // Index entries: trees written now, then those carried over from the pack read.
    std::vector<std::string_view> fresh;
    std::unordered_map<std::string_view, bool> seen;
    std::vector<std::pair<std::string_view, const Stored*>> carried;  // key, tree in the map
    size_t carried_bytes = 0;
    for (const auto& key : keys) {
        if (key.empty() || !seen.emplace(key, true).second) continue;  // two files with the same bytes
        if (written_.count(key)) fresh.push_back(key);
        else if (const auto old = trees_.find(key); old != trees_.end())
            carried.emplace_back(key, &old->second), carried_bytes += old->second.tree.size();
    }
    if (written_.empty() && carried.size() == trees_.size()) {
        writer_.reset();  // nothing new and nothing gone: the pack stands (a partial one is removed)
        return;
    }
    std::vector<std::pair<std::string_view, Placed>> index;
    if (appending_ && map_size_ + pending_.size() <= 2 * (carried_bytes + pending_.size()) + (1u << 20)) {
        // Mostly still in use: the new trees go at its end; what is no longer used stays as
        // dead bytes until a rewrite (at most about half the pack).
        for (auto key : fresh) {
            Placed at = written_.at(std::string(key));
            at.offset += map_size_;
            index.emplace_back(key, std::move(at));
        }
        for (const auto& [key, stored] : carried)
            index.emplace_back(key, Placed{static_cast<size_t>(stored->tree.data() - map_), stored->tree.size(),
                                           std::string(stored->check)});
        if (append(index)) {
            written_.clear();
            return;
        }
        index.clear();
    }
    if (appending_ && !write_afresh()) return;
    if (!start_writing()) return;
    for (auto key : fresh) index.emplace_back(key, written_.at(std::string(key)));
    for (const auto& [key, stored] : carried) {
        index.emplace_back(key, Placed{writer_->size(), stored->tree.size(), std::string(stored->check)});
        writer_->write(stored->tree);
    }
    std::string text;
    index_to(text, index, writer_->size());
    writer_->write(text);
    // Best effort: a pack that cannot be written only means parsing next time.
    if (writer_->commit() == 0) prune_cache(path_.parent_path(), prefix_, kKeepPacks);
    writer_.reset();
    written_.clear();
}

void TreeCache::store(const std::vector<Entry>& entries) {
    std::vector<std::string> keys;
    for (const auto& e : entries) {
        if (!e.tree.empty()) add(e.key, e.tree);
        keys.push_back(e.key);
    }
    finish(keys);
}

}  // namespace cchc
