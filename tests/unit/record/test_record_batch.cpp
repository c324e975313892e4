// Tests for lib/record/record_batch.cpp: CSV and journal-line input of `cchc record batch` read
// into entries with their input lines, and bad shapes reported at their line.
#include <doctest/doctest.h>

#include "record/record_batch.hpp"

using namespace cchc;

TEST_CASE("record batch, CSV: header in any case and order, quotes, comments, lines") {
    const auto in = parse_record_batch(
        "\xEF\xBB\xBF# ghi bù\r\n"
        "Task,DATE,status,note\r\n"
        "\r\n"
        "a#I.1,2024-11-25,done,\"một, hai \"\"ba\"\"\"\r\n"
        "a#I.2,25/11/2024,xong,\"hai\ndòng\"\n"
        "a#I.3,,in_progress\n",
        BatchFormat::automatic);
    CHECK(in.format == BatchFormat::csv);
    CHECK(in.problems.empty());
    REQUIRE(in.entries.size() == 3);
    CHECK(in.entries[0].line == 4);
    CHECK(in.entries[0].get("task") == "a#I.1");
    CHECK(in.entries[0].get("date") == "2024-11-25");
    CHECK(in.entries[0].get("note") == "một, hai \"ba\"");
    CHECK(in.entries[1].line == 5);
    CHECK(in.entries[1].get("note") == "hai\ndòng");
    CHECK(in.entries[2].line == 7);  // after the two-line cell
    CHECK(in.entries[2].get("date").empty());
    CHECK(in.entries[2].get("note").empty());
}

TEST_CASE("record batch, CSV: bad shapes at their lines, nothing guessed") {
    auto in = parse_record_batch("date,task,trang_thai\n2024-11-25,a#I.1,done\n", BatchFormat::csv);
    REQUIRE(in.problems.size() == 1);
    CHECK(in.problems[0].line == 1);
    CHECK(in.problems[0].message.key == "batch-unknown-column");
    in = parse_record_batch("task,task\n", BatchFormat::csv);
    REQUIRE(in.problems.size() == 1);
    CHECK(in.problems[0].message.key == "batch-column-twice");
    in = parse_record_batch("task,status\na#I.1,done\na#I.2,done,x\n\"a#I.3,done\n", BatchFormat::csv);
    REQUIRE(in.problems.size() == 2);
    CHECK(in.problems[0].line == 3);
    CHECK(in.problems[0].message.key == "batch-csv-cells");
    CHECK(in.problems[1].line == 4);
    CHECK(in.problems[1].message.key == "batch-csv-quote");
    CHECK(in.entries.size() == 1);
    in = parse_record_batch("task,status\n\"a#I.1\"x,done\n", BatchFormat::csv);
    REQUIRE(in.problems.size() == 1);
    CHECK(in.problems[0].message.key == "batch-csv-quote");
    in = parse_record_batch("task,status\n\xC3\x28,done\n", BatchFormat::csv);
    REQUIRE(in.problems.size() == 1);
    CHECK(in.problems[0].message.key == "batch-not-utf8");
}

TEST_CASE("record batch, journal lines: the entries record writes, keys checked") {
    auto in = parse_record_batch(
        "# dán từ sổ khác\n"
        "- { date: \"2024-11-25\", task: a#I.1, occurrence: tuan/2024-W01..W03, status: done, note: \"x, y\" }\n"
        "- { date: 2024-11-26, event: a#ev, note: ~ }\n",
        BatchFormat::automatic);
    CHECK(in.format == BatchFormat::journal);
    CHECK(in.problems.empty());
    REQUIRE(in.entries.size() == 2);
    CHECK(in.entries[0].line == 2);
    CHECK(in.entries[0].get("occurrence") == "tuan/2024-W01..W03");
    CHECK(in.entries[0].get("note") == "x, y");
    CHECK(in.entries[1].line == 3);
    CHECK(in.entries[1].get("event") == "a#ev");
    CHECK(in.entries[1].get("note").empty());

    in = parse_record_batch("- { date: 2024-11-25, task: a#I.1, statut: done }\n- { task: [a, b] }\n- x\n",
                            BatchFormat::journal);
    REQUIRE(in.problems.size() == 3);
    CHECK(in.problems[0].line == 1);
    CHECK(in.problems[0].message.key == "batch-unknown-key");
    CHECK(in.problems[0].message.args[0] == "statut");
    CHECK(in.problems[1].line == 2);
    CHECK(in.problems[1].message.key == "batch-not-a-value");
    CHECK(in.problems[2].line == 3);
    CHECK(in.problems[2].message.key == "batch-not-an-entry");
    CHECK(in.entries.empty());

    in = parse_record_batch("- { date: 2024-11-25, task: a#I.1\n", BatchFormat::journal);
    REQUIRE_FALSE(in.problems.empty());
    CHECK(in.problems[0].line >= 1);
    in = parse_record_batch("date: 2024-11-25\n", BatchFormat::journal);
    REQUIRE(in.problems.size() == 1);
    CHECK(in.problems[0].message.key == "batch-not-a-list");
    CHECK(parse_record_batch("# nothing\n\n", BatchFormat::automatic).entries.empty());
}
