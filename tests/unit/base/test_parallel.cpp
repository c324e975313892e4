// parallel_for (lib/base/parallel.hpp): every piece once, the calling thread one of the
// workers, and an exception thrown by a piece it runs reaching the caller.
#include <doctest/doctest.h>

#include <atomic>
#include <stdexcept>
#include <thread>
#include <vector>

#include "base/parallel.hpp"

using namespace cchc;

namespace {

// Pieces run by other threads wait until the caller has run one: whatever the scheduling
// (a loaded machine may let one thread take every piece), the caller takes part, and never
// waits itself (with one piece, or one core, the caller runs everything).
struct CallerFirst {
    std::thread::id caller = std::this_thread::get_id();
    std::atomic<bool> started{false};
    bool on_caller() {
        if (std::this_thread::get_id() == caller) return started = true;
        while (!started) std::this_thread::yield();
        return false;
    }
};

}  // namespace

TEST_CASE("parallel_for runs each piece exactly once, on the calling thread too") {
    for (size_t n : {size_t{0}, size_t{1}, size_t{2}, size_t{3}, size_t{1000}, size_t{100000}}) {
        std::vector<std::atomic<int>> runs(n);
        std::atomic<size_t> by_caller{0};
        CallerFirst order;
        parallel_for(n, [&](size_t i) {
            if (order.on_caller()) by_caller++;
            runs[i]++;
        });
        for (size_t i = 0; i < n; ++i) CHECK(runs[i] == 1);
        CHECK((n == 0 || by_caller > 0));  // the caller works, it does not only wait
    }
}

TEST_CASE("parallel_for: an exception of a piece the caller runs reaches it, after the others stop") {
    std::atomic<size_t> done{0};
    CallerFirst order;
    CHECK_THROWS_AS(parallel_for(100000,
                                 [&](size_t) {
                                     if (order.on_caller()) throw std::runtime_error("piece");
                                     done++;
                                 }),
                    std::runtime_error);
    CHECK(done < 100000);  // the caller's piece never counted; the others stopped
}
