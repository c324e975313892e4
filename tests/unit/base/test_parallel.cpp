// parallel_for (lib/base/parallel.hpp): every piece once, the calling thread one of the
// workers, and an exception thrown by a piece it runs reaching the caller.
#include <doctest/doctest.h>

#include <atomic>
#include <stdexcept>
#include <thread>
#include <vector>

#include "base/parallel.hpp"

using namespace cchc;

TEST_CASE("parallel_for runs each piece exactly once, on the calling thread too") {
    for (size_t n : {size_t{0}, size_t{1}, size_t{2}, size_t{3}, size_t{1000}, size_t{100000}}) {
        std::vector<std::atomic<int>> runs(n);
        std::atomic<size_t> on_caller{0};
        const auto caller = std::this_thread::get_id();
        parallel_for(n, [&](size_t i) {
            runs[i]++;
            if (std::this_thread::get_id() == caller) on_caller++;
        });
        for (size_t i = 0; i < n; ++i) CHECK(runs[i] == 1);
        if (n >= 1000) CHECK(on_caller > 0);  // the caller works, it does not only wait
    }
}

TEST_CASE("parallel_for: an exception of a piece the caller runs reaches it, after the others stop") {
    const auto caller = std::this_thread::get_id();
    std::atomic<size_t> done{0};
    CHECK_THROWS_AS(parallel_for(100000,
                                 [&](size_t) {
                                     if (std::this_thread::get_id() == caller) throw std::runtime_error("piece");
                                     done++;
                                 }),
                    std::runtime_error);
    CHECK(done < 100000);  // the caller's pieces never counted; the others stopped early
}
