#pragma once
// A YAML document as a tree that remembers where every node came from and keeps every
// mapping entry, duplicates included (a YAML library's map keeps only one, silently).
// Aliases share their anchor's node instead of copying it, so an alias bomb costs no memory.
// The nodes of a document are allocated together and freed together (one allocation per
// few hundred nodes, not one each): children are plain pointers into the document.
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "yaml/diagnostic.hpp"
#include "yaml/source.hpp"

namespace cchc {

struct YNode;
// The root of a parsed document; it owns every node of the document.
using YNodePtr = std::shared_ptr<YNode>;

struct YPos {
    int line = 0;  // 1-based
    int col = 0;   // 1-based, characters
};

struct YNode {
    enum class Kind { null, scalar, sequence, map };
    Kind kind = Kind::null;
    std::string value;  // scalars
    bool quoted = false;  // a quoted or block scalar: never a number, date or boolean
    YPos pos;
    std::vector<YNode*> items;                         // sequences
    std::vector<std::pair<YNode*, YNode*>> entries;    // maps, in file order
    bool open = false;  // still being built (an alias to it would make a cycle)

    bool is_scalar() const { return kind == Kind::scalar; }
    bool is_map() const { return kind == Kind::map; }
    bool is_sequence() const { return kind == Kind::sequence; }
    bool is_null() const { return kind == Kind::null; }
    // First entry with this key, or nullptr.
    const YNode* find(std::string_view key) const;
};

// Limits that keep hostile input from exhausting the stack or the machine.
inline constexpr int kMaxYamlDepth = 64;
inline constexpr long kMaxYamlExpandedNodes = 2'000'000;

// Parses the first document of `file`. Errors (yaml-syntax, yaml-limit) go to `diags`;
// returns nullptr when there is no usable document. An empty file gives a null node.
// Problems that leave the tree usable go to `diags` too: yaml-tag, yaml-complex-key,
// duplicate-key (at each repeat; the tree keeps every entry) and control-character (a
// control made by an escape such as "\e": made visible in the tree).
// `aliased`, when given, is set to whether the document used an alias.
// `partial`, when given and the document has a syntax error, is set to what was read before
// the error (every open collection closed there), for `--force` to keep what it can; never
// when aliases were used or a limit was hit.
YNodePtr parse_yaml(const SourceFile& file, Diagnostics& diags, bool* aliased = nullptr, YNodePtr* partial = nullptr);

// A compact binary form of a tree in which no node is shared (no aliases), for the cache of
// parsed files, and back. The form is this build's own (native byte order): caches are keyed
// on the build. deserialize_tree returns nullptr for anything malformed, never a partial tree.
std::string serialize_tree(const YNode& root);
YNodePtr deserialize_tree(std::string_view bytes);

// "mapping", "sequence", "scalar", "null": for wrong-type messages.
const char* kind_label(YNode::Kind k);

}  // namespace cchc
