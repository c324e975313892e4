// import.yaml for `cchc check` (load_import.hpp).
#include "load/load_import.hpp"

#include "model/import_fields.hpp"

namespace cchc {

namespace {

std::string joined(const std::vector<std::string>& v) {
    std::string out;
    for (const auto& s : v) out += (out.empty() ? "" : ", ") + s;
    return out;
}

// A mapping of text to text ("headers", "units"): each key and value a scalar.
template <typename Each>
void text_pairs(const LoadContext& ctx, const YNode& map, const char* what, Each each) {
    if (!map.is_map()) {
        ctx.error(map, "wrong-type", {"wrong-type", {what, "@mapping", std::string("@") + kind_label(map.kind)}});
        return;
    }
    for (const auto& [k, v] : map.entries) {
        if (!v->is_scalar() || v->value.empty()) {
            ctx.error(*v, "wrong-type", {"wrong-type", {k->value, "@text", std::string("@") + kind_label(v->kind)}});
            continue;
        }
        each(*k, *v);
    }
}

}  // namespace

void load_import_rules_file(const LoadContext& ctx, const YNode& root, ImportRulesFile& out) {
    if (root.is_null()) return;  // an empty file: no rules
    MapReader r(ctx, root, "import.yaml", {"headers", "units", "corrections"});
    if (!r.ok()) return;
    if (const YNode* h = r.get("headers"))
        text_pairs(ctx, *h, "headers", [&](const YNode&, const YNode& v) {
            if (field_named(v.value) == Field::none)
                ctx.error(v, "invalid-value", {"invalid-value", {"headers", v.value, joined(field_names())}});
        });
    if (const YNode* u = r.get("units"))
        text_pairs(ctx, *u, "units", [&](const YNode& k, const YNode& v) {
            out.units.push_back({Text{k.value, ctx.pos(k)}, Text{v.value, ctx.pos(v)}});
        });
    if (const YNode* c = r.sequence("corrections"))
        for (const YNode* item : c->items) {
            MapReader m(ctx, *item, "corrections", {"find", "replace", "why"});
            if (!m.ok()) continue;
            m.text("find", true);
            m.text("replace");
            m.text("why");
        }
}

}  // namespace cchc
