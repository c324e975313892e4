#include "pager.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <iostream>

#include "common.hpp"

namespace cchc::cli {

namespace {
pid_t pager_pid = -1;
}  // namespace

bool take_no_pager(std::vector<std::string>& args) {
    bool found = false;
    for (auto it = args.begin(); it != args.end() && *it != "--";) {
        if (*it == "--no-pager") {
            it = args.erase(it);
            found = true;
        } else {
            ++it;
        }
    }
    return found;
}

void start_pager(bool wanted) {
    remember_stdout_terminal();  // before stdout becomes the pipe
    if (!wanted || !isatty(STDOUT_FILENO)) return;
    const char* env = std::getenv("CCHC_PAGER");
    if (!env) env = std::getenv("PAGER");
    const std::string pager = env ? env : "less";
    if (pager.empty() || pager == "cat") return;
    int fds[2];
    if (pipe(fds) != 0) return;
    std::fflush(stdout);
    std::cout.flush();
    const pid_t pid = fork();
    if (pid < 0) {
        close(fds[0]), close(fds[1]);
        return;
    }
    if (pid == 0) {
        dup2(fds[0], STDIN_FILENO);
        close(fds[0]), close(fds[1]);
        setenv("LESS", "FRX", 0);  // as git: quit if one screen, colours, no screen clearing
        setenv("LV", "-c", 0);
        execl("/bin/sh", "sh", "-c", pager.c_str(), static_cast<char*>(nullptr));
        _exit(127);
    }
    dup2(fds[1], STDOUT_FILENO);
    close(fds[0]), close(fds[1]);
    // A pager quit early (q) closes the pipe: the rest of the output is not wanted.
    std::signal(SIGPIPE, SIG_DFL);
    pager_pid = pid;
}

void finish_pager() {
    if (pager_pid < 0) return;
    std::cout.flush();
    std::fflush(stdout);
    close(STDOUT_FILENO);
    int status = 0;
    while (waitpid(pager_pid, &status, 0) < 0 && errno == EINTR) {
    }
    pager_pid = -1;
}

}  // namespace cchc::cli
