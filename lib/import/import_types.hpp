#pragma once
// What an import makes of a document, as plain data: the plan, its sections and tasks, and
// the review notes with their source position. Its own header so that the steps of an import
// (reading the table, the rules, the units, writing YAML, --update) share these types without
// including one another.
#include <string>
#include <utility>
#include <vector>

namespace cchc {

struct SourceRef {
    int table = 0, row = 0, column = 0;  // 1-based; column 0 = the whole row
};

// Something the person importing must look at; key and args are a message (import_messages.cpp).
struct Review {
    SourceRef at;
    std::string key;
    std::vector<std::string> args;
};

struct ImportedTask {
    std::string id, stt, task, result, timing, method, note, criterion;
    std::vector<std::string> lead, support;  // codes, or names as written when unresolved
    std::vector<Review> reviews;
    SourceRef at;
};

struct ImportedSection {
    std::string id, stt, title;
    std::vector<ImportedTask> tasks;
    std::vector<ImportedSection> sections;
    SourceRef at;
};

struct ImportedPlan {
    std::string number, issued, title;
    int year = 0;
    std::vector<ImportedSection> sections;
    std::vector<Review> reviews;  // about the plan itself (no year, no title …)
    // Abbreviations the document declares and the text before each ("Văn phòng Sở (VP)").
    std::vector<std::pair<std::string, std::string>> abbreviations;
    int tasks = 0, section_count = 0;
};

}  // namespace cchc
