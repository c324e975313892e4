// Tokens and the cursor of the timing reader. Words are compared by their fold() key,
// so "Quý", "QUÝ" and "quy" are the same word.
#include <utf8proc.h>

#include <algorithm>
#include <charconv>

#include "base/text.hpp"
#include "time/timing_grammar.hpp"

namespace cchc::timing {

namespace {

enum class CharClass { space, digit, letter, mark };

CharClass classify(utf8proc_int32_t cp) {
    if (cp >= '0' && cp <= '9') return CharClass::digit;
    if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r') return CharClass::space;
    const auto cat = utf8proc_category(cp);
    if (cat == UTF8PROC_CATEGORY_ZS) return CharClass::space;
    const bool letter = cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LL || cat == UTF8PROC_CATEGORY_LT ||
                        cat == UTF8PROC_CATEGORY_LM || cat == UTF8PROC_CATEGORY_LO || cat == UTF8PROC_CATEGORY_MN ||
                        cat == UTF8PROC_CATEGORY_MC || cat == UTF8PROC_CATEGORY_ME;
    return letter ? CharClass::letter : CharClass::mark;
}

// Every dash the documents use is a bullet or a range sign: one key for all.
bool is_dash(utf8proc_int32_t cp) {
    return cp == '-' || cp == 0x2010 || cp == 0x2011 || cp == 0x2012 || cp == 0x2013 || cp == 0x2014 || cp == 0x2212;
}

Token make_token(std::string_view text, CharClass cls, std::size_t begin, std::size_t end, utf8proc_int32_t first_cp) {
    Token t;
    t.begin = begin;
    t.end = end;
    const std::string_view raw = text.substr(begin, end - begin);
    if (cls == CharClass::digit) {
        t.type = Token::Type::number;
        t.key = std::string(raw);
        // Longer runs are no day, month or year; -1 never passes a range check.
        if (raw.size() > 9 || std::from_chars(raw.data(), raw.data() + raw.size(), t.value).ec != std::errc{})
            t.value = -1;
    } else if (cls == CharClass::letter) {
        t.key = fold(raw);
    } else {
        t.type = Token::Type::punct;
        t.key = is_dash(first_cp) ? std::string("-") : std::string(raw);
    }
    return t;
}

}  // namespace

std::vector<Token> tokenize(std::string_view text) {
    std::vector<Token> out;
    const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
    std::size_t i = 0;
    std::size_t start = 0;
    CharClass run = CharClass::space;
    utf8proc_int32_t run_cp = 0;
    auto close_run = [&](std::size_t at) {
        if (run != CharClass::space && run != CharClass::mark) out.push_back(make_token(text, run, start, at, run_cp));
    };
    while (i < text.size()) {
        utf8proc_int32_t cp = 0;
        const auto n = utf8proc_iterate(bytes + i, static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
        const std::size_t len = n > 0 ? static_cast<std::size_t>(n) : 1;
        const CharClass cls = n > 0 ? classify(cp) : CharClass::mark;
        // A punctuation mark is always a token of its own; letters and digits run on.
        if (cls != run || cls == CharClass::mark) {
            close_run(i);
            start = i;
            run = cls;
            run_cp = cp;
            if (cls == CharClass::mark) out.push_back(make_token(text, cls, i, i + len, cp));
        }
        i += len;
    }
    close_run(i);
    return out;
}

const Token* Cursor::peek(std::size_t ahead) const {
    return pos_ + ahead < end_ ? &src_->tokens[pos_ + ahead] : nullptr;
}

bool Cursor::at(std::string_view words) const {
    std::size_t k = 0;
    while (!words.empty()) {
        const std::size_t sp = words.find(' ');
        const std::string_view word = words.substr(0, sp);
        const Token* t = peek(k++);
        if (!t || t->type != Token::Type::word || t->key != word) return false;
        words = sp == std::string_view::npos ? std::string_view{} : words.substr(sp + 1);
    }
    return true;
}

bool Cursor::accept(std::string_view words) {
    if (!at(words)) return false;
    pos_ += static_cast<std::size_t>(std::count(words.begin(), words.end(), ' ')) + 1;
    return true;
}

bool Cursor::at_punct(std::string_view mark) const {
    const Token* t = peek();
    return t && t->type == Token::Type::punct && t->key == mark;
}

bool Cursor::accept_punct(std::string_view mark) {
    if (!at_punct(mark)) return false;
    ++pos_;
    return true;
}

std::optional<int> Cursor::accept_number() {
    const Token* t = peek();
    if (!t || t->type != Token::Type::number) return std::nullopt;
    ++pos_;
    return t->value;
}

std::optional<int> Cursor::accept_year() {
    const Token* t = peek();
    if (!t || t->type != Token::Type::number || t->key.size() != 4) return std::nullopt;
    ++pos_;
    return t->value;
}

std::string Cursor::text(std::size_t from, std::size_t to) const {
    if (from >= to) return {};
    const auto& toks = src_->tokens;
    return src_->text.substr(toks[from].begin, toks[to - 1].end - toks[from].begin);
}

void Cursor::fail(std::string message) const {
    ++src_->failures;
    if (src_->error.empty()) src_->error = std::move(message);
}

}  // namespace cchc::timing
