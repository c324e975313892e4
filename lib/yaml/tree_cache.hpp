#pragma once
// A cache of parsed YAML trees, so that an unchanged file is not parsed again: one pack per
// repository in the cache directory (beside the check cache), holding the tree of each file
// by a hash of the file's bytes, for this build only. Only files that parsed without any
// diagnostic and without aliases are kept; anything else is parsed every time. A pack that
// is missing, stale or corrupt costs a parse, never a wrong tree: every read is bounds-checked
// and each tree's bytes are checked against the hash kept in the index.
//
// The same kind of pack, opened as "models", keeps each file's compiled model
// (model/model_pack.hpp) by its bytes' key: state/repository.cpp reads an unchanged file's
// model from it instead of parsing and loading the file again.
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "io/atomic_write.hpp"
#include "yaml/yaml_tree.hpp"

namespace cchc {

class TreeCache {
public:
    TreeCache() = default;
    TreeCache(const TreeCache&) = delete;
    TreeCache& operator=(const TreeCache&) = delete;
    ~TreeCache();

    // The pack of `kind` ("trees", "models") kept for the repository at `root`; nullptr when
    // there is no cache directory.
    static std::unique_ptr<TreeCache> open(const std::filesystem::path& root, std::string_view kind = "trees");

    // The key of a file with these bytes.
    static std::string key_of(std::string_view text);
    // The cached tree for `key`, or nullptr. Safe to call from several threads.
    YNodePtr find(const std::string& key) const;
    // The bytes stored for `key`, checked against their hash; empty when there are none.
    // They stay valid as long as the cache.
    std::string_view find_bytes(const std::string& key) const;
    // Done with bytes find_bytes() gave: their pages leave this process's memory (they stay in
    // the system's file cache), so that a run's memory holds its models, not the pack too.
    // Dropped in batches of a few MiB (the last batch stays mapped until the cache closes).
    void done_with(std::string_view bytes) const;

    // The tree of a file parsed now, to be kept: written to the new pack at once, so memory
    // holds a file's tree, not the repository's. Safe to call from several threads.
    void add(const std::string& key, std::string_view tree);
    // The same for a tree not yet serialized: serialized only when the pack can be written.
    void add(const std::string& key, const YNode& tree);
    // Ends the pack: `keys` are the files of the repository as loaded now. Trees added now are
    // kept, trees found in the pack read are carried over, trees of files no longer there are
    // dropped. When a few trees were added to a pack that is mostly still in use, they are
    // appended to it with a new index (under a lock, only to the very pack that was read): a
    // one-line edit does not copy the whole pack. Else a new pack replaces the old one
    // (atomically), written afresh. Best effort: a pack that cannot be written only means
    // parsing next time.
    void finish(const std::vector<std::string>& keys);

    // add() for each entry with a tree, then finish() with every entry's key.
    struct Entry {
        std::string key;
        std::string tree;
    };
    void store(const std::vector<Entry>& entries);

private:
    std::filesystem::path path_;
    std::string prefix_;  // of the pack's file name: "trees-", "models-"
    // The pack as read: mapped into memory (tens of MB, read in the order trees are asked
    // for), not copied.
    const char* map_ = nullptr;
    size_t map_size_ = 0;
    struct Stored {
        std::string_view tree, check;  // into the map
    };
    std::unordered_map<std::string_view, Stored> trees_;  // by key
    // Bytes done_with() was given, dropped together once they add up: a madvise per model
    // (28,000 at 10k plans) made every core stop to flush its TLB each time.
    mutable std::mutex done_mutex_;
    mutable std::vector<std::pair<const char*, const char*>> done_;
    mutable size_t done_bytes_ = 0;
    // The pack being written: started by the first tree added (or by finish() when trees are
    // only dropped), and where each tree added now went (offset, length).
    std::mutex write_mutex_;
    std::unique_ptr<AtomicWriter> writer_;
    struct Placed {
        size_t offset = 0, length = 0;
        std::string check;
    };
    std::unordered_map<std::string, Placed> written_;
    bool start_writing();
    // Appending: trees added are gathered here (offsets in `written_` relative to its start)
    // while they are few; past a limit, or when the pack read cannot be appended to, they go
    // to a new pack (`writer_`) as before.
    bool appending_ = false;
    std::string pending_;
    unsigned long long map_ino_ = 0, map_dev_ = 0;
    size_t live_bytes_ = 0;  // of the trees the pack read holds
    bool append(const std::vector<std::pair<std::string_view, Placed>>& index);
    // Stops appending: a new pack is started, the trees gathered so far written to it first.
    bool write_afresh();
    void index_to(std::string& out, const std::vector<std::pair<std::string_view, Placed>>& index, size_t index_at) const;
};

}  // namespace cchc
