#pragma once
// Running independent pieces of work on all cores.
#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace cchc {

// Runs fn(0) … fn(n-1) on all cores, lower indexes started first. Each call must touch only
// its own slot of any shared output.
template <class Fn>
void parallel_for(size_t n, Fn fn) {
    const size_t workers = std::min<size_t>(n, std::max(1u, std::thread::hardware_concurrency()));
    if (workers <= 1) {
        for (size_t i = 0; i < n; ++i) fn(i);
        return;
    }
    std::atomic<size_t> next{0};
    const auto work = [&] {
        for (size_t i = next++; i < n; i = next++) fn(i);
    };
    // The calling thread is one of the workers: one thread fewer to start, and what it
    // allocates comes from its own heap, which lives on (a finished thread's heap is
    // abandoned to the allocator; each of a command's several pools left one more).
    std::vector<std::thread> pool;
    for (size_t w = 1; w < workers; ++w) pool.emplace_back(work);
    try {
        work();
    } catch (...) {  // the others stop at their next piece; then the exception goes on
        next = n;
        for (auto& t : pool) t.join();
        throw;
    }
    for (auto& t : pool) t.join();
}

}  // namespace cchc
