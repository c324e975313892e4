// Automatic numbering as Word displays it (see docx_numbering.hpp).
#include "import/docx_numbering.hpp"

#include <climits>

#include "import/docx_xml.hpp"

namespace cchc {

namespace {

constexpr int kNotStarted = INT_MIN;

int to_int(const std::string& s, int fallback) {
    if (s.empty() || s.size() > 9) return fallback;
    int v = 0;
    size_t i = 0;
    bool neg = s[0] == '-';
    if (neg) i = 1;
    for (; i < s.size(); ++i) {
        if (s[i] < '0' || s[i] > '9') return fallback;
        v = v * 10 + (s[i] - '0');
    }
    return neg ? -v : v;
}

int level_index(const std::string& s) {
    const int l = to_int(s, 0);
    return l < 0 || l > 8 ? 0 : l;
}

NumberingLevels read_levels(const xmlNode* abstract) {
    NumberingLevels out;
    for (const xmlNode* c = abstract->children; c; c = c->next) {
        if (!is_w(c, "lvl")) continue;
        NumberingLevel& l = out.levels[static_cast<size_t>(level_index(w_attr(c, "ilvl")))];
        if (const xmlNode* s = w_child(c, "start")) l.start = to_int(w_attr(s, "val"), 1);
        if (const xmlNode* f = w_child(c, "numFmt")) l.format = w_attr(f, "val");
        if (const xmlNode* t = w_child(c, "lvlText")) l.text = w_attr(t, "val");
        if (const xmlNode* r = w_child(c, "lvlRestart")) l.restart_after = to_int(w_attr(r, "val"), -1);
    }
    return out;
}

std::string roman(int n) {
    static constexpr std::pair<int, const char*> kDigits[] = {{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"},
                                                              {100, "C"},  {90, "XC"},  {50, "L"},  {40, "XL"},
                                                              {10, "X"},   {9, "IX"},   {5, "V"},   {4, "IV"},
                                                              {1, "I"}};
    std::string out;
    if (n <= 0 || n > 3999) return std::to_string(n);
    for (const auto& [v, s] : kDigits)
        while (n >= v) {
            out += s;
            n -= v;
        }
    return out;
}

std::string lower(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

}  // namespace

std::string format_number(int n, std::string_view format) {
    if (format == "upperRoman") return roman(n);
    if (format == "lowerRoman") return lower(roman(n));
    if (format == "upperLetter" || format == "lowerLetter") {
        if (n <= 0) return std::to_string(n);
        // Word: A … Z, then AA … ZZ, AAA …
        const char letter = static_cast<char>((format == "upperLetter" ? 'A' : 'a') + (n - 1) % 26);
        return std::string(static_cast<size_t>((n - 1) / 26 + 1), letter);
    }
    if (format == "decimalZero") return n >= 0 && n < 10 ? "0" + std::to_string(n) : std::to_string(n);
    if (format == "none") return {};
    return std::to_string(n);  // decimal and the formats we do not render (ordinals, Chinese …)
}

void Numbering::load(std::string_view numbering_xml, std::string_view styles_xml) {
    ImportError ignored;
    if (!numbering_xml.empty()) {
        if (XmlDocPtr doc = parse_xml_safely(numbering_xml, "word/numbering.xml", ignored)) {
            for (const xmlNode* c = xmlDocGetRootElement(doc.get())->children; c; c = c->next) {
                if (is_w(c, "abstractNum")) {
                    add_abstract(w_attr(c, "abstractNumId"), read_levels(c));
                } else if (is_w(c, "num")) {
                    NumberingInstance inst;
                    if (const xmlNode* a = w_child(c, "abstractNumId")) inst.abstract_id = w_attr(a, "val");
                    for (const xmlNode* o = c->children; o; o = o->next) {
                        if (!is_w(o, "lvlOverride")) continue;
                        if (const xmlNode* s = w_child(o, "startOverride"))
                            inst.start_override[level_index(w_attr(o, "ilvl"))] = to_int(w_attr(s, "val"), 1);
                    }
                    add_instance(w_attr(c, "numId"), std::move(inst));
                }
            }
        }
    }
    if (!styles_xml.empty()) {
        if (XmlDocPtr doc = parse_xml_safely(styles_xml, "word/styles.xml", ignored)) {
            for (const xmlNode* c = xmlDocGetRootElement(doc.get())->children; c; c = c->next) {
                if (!is_w(c, "style")) continue;
                NumberedStyle s;
                if (const xmlNode* b = w_child(c, "basedOn")) s.based_on = w_attr(b, "val");
                if (const xmlNode* np = w_child(w_child(c, "pPr"), "numPr")) {
                    if (const xmlNode* id = w_child(np, "numId")) s.num_id = w_attr(id, "val");
                    s.level = level_index(w_attr(w_child(np, "ilvl"), "val"));
                }
                styles_[w_attr(c, "styleId")] = std::move(s);
            }
        }
    }
}

bool Numbering::style_numbering(const std::string& style, std::string& num_id, int& level) const {
    std::string cur = style;
    for (int hops = 0; hops < 16 && !cur.empty(); ++hops) {
        const auto it = styles_.find(cur);
        if (it == styles_.end()) return false;
        if (!it->second.num_id.empty()) {
            num_id = it->second.num_id;
            level = it->second.level < 0 ? 0 : it->second.level;
            return true;
        }
        cur = it->second.based_on;
    }
    return false;
}

std::string Numbering::next_label(const std::string& num_id, int level, bool& bullet) {
    bullet = false;
    if (num_id.empty() || num_id == "0" || level < 0 || level > 8) return {};  // numId 0: numbering removed
    const auto inst = instances_.find(num_id);
    if (inst == instances_.end()) return {};
    const auto abs = abstracts_.find(inst->second.abstract_id);
    if (abs == abstracts_.end()) return {};
    const NumberingLevels& levels = abs->second;
    // Instances without overrides share their abstract list's counters (so a list the author
    // did not restart continues); an instance with a startOverride counts on its own.
    const bool own = !inst->second.start_override.empty();
    auto [slot, fresh] = counters_.try_emplace(own ? "num:" + num_id : inst->second.abstract_id);
    std::array<int, 9>& count = slot->second;
    if (fresh) count.fill(kNotStarted);
    if (own && used_instances_.insert(num_id).second)
        for (const auto& [l, start] : inst->second.start_override) count[static_cast<size_t>(l)] = start - 1;
    const size_t L = static_cast<size_t>(level);
    count[L] = count[L] == kNotStarted ? levels.levels[L].start : count[L] + 1;
    for (size_t k = L + 1; k < 9; ++k) {
        const int after = levels.levels[k].restart_after;  // 1-based level, 0 = never
        if (after == 0) continue;
        if (after < 0 || static_cast<int>(L) < after) count[k] = kNotStarted;
    }
    const NumberingLevel& lvl = levels.levels[L];
    if (lvl.format == "bullet") {
        bullet = true;
        // Symbol-font bullets are private-use characters: written as the plans write them.
        if (lvl.text == "-" || lvl.text == "–" || lvl.text == "+" || lvl.text == "*") return lvl.text;
        return "-";
    }
    std::string out;
    for (size_t i = 0; i < lvl.text.size(); ++i) {
        const char c = lvl.text[i];
        if (c == '%' && i + 1 < lvl.text.size() && lvl.text[i + 1] >= '1' && lvl.text[i + 1] <= '9') {
            const size_t k = static_cast<size_t>(lvl.text[i + 1] - '1');
            const int n = count[k] == kNotStarted ? levels.levels[k].start : count[k];
            out += format_number(n, levels.levels[k].format);
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}

}  // namespace cchc
