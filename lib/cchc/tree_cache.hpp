#pragma once
// A cache of parsed YAML trees, so that an unchanged file is not parsed again: one pack per
// repository in the cache directory (beside the check cache), holding the tree of each file
// by a hash of the file's bytes, for this build only. Only files that parsed without any
// diagnostic and without aliases are kept; anything else is parsed every time. A pack that
// is missing, stale or corrupt costs a parse, never a wrong tree: every read is bounds-checked.
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "cchc/yaml_tree.hpp"

namespace cchc {

class TreeCache {
public:
    TreeCache() = default;
    TreeCache(const TreeCache&) = delete;
    TreeCache& operator=(const TreeCache&) = delete;
    ~TreeCache();

    // The pack kept for the repository at `root`; nullptr when there is no cache directory.
    static std::unique_ptr<TreeCache> open(const std::filesystem::path& root);

    // The key of a file with these bytes.
    static std::string key_of(std::string_view text);
    // The cached tree for `key`, or nullptr. Safe to call from several threads.
    YNodePtr find(const std::string& key) const;

    // One file of the repository as loaded now: its key, and its serialized tree when it was
    // parsed now (empty when it came from the pack or is not to be kept).
    struct Entry {
        std::string key;
        std::string tree;
    };
    // Writes the pack anew when it would differ from the one read: entries that were found
    // in it are carried over, new trees added, trees of files no longer there dropped. Best
    // effort: a pack that cannot be written only means parsing next time.
    void store(const std::vector<Entry>& entries) const;

private:
    std::filesystem::path path_;
    // The pack as read: mapped into memory (tens of MB, read in the order trees are asked
    // for), not copied.
    const char* map_ = nullptr;
    size_t map_size_ = 0;
    std::unordered_map<std::string_view, std::string_view> trees_;  // key → serialized tree, into the map
};

}  // namespace cchc
