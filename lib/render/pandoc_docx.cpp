#include "render/pandoc_docx.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <sstream>
#include <vector>

#include "io/atomic_write.hpp"

namespace cchc {

namespace {

// An anonymous in-memory file holding `bytes`, inherited by the child and named to it as
// /dev/fd/N: no temporary file in $TMPDIR to be left behind when cchc is killed.
struct MemoryFile {
    int fd = -1;
    MemoryFile(const char* name, std::string_view bytes) {
        fd = ::memfd_create(name, 0);
        if (fd < 0) return;
        while (!bytes.empty()) {
            const ssize_t n = ::write(fd, bytes.data(), bytes.size());
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) {
                ::close(fd);
                fd = -1;
                return;
            }
            bytes.remove_prefix(static_cast<size_t>(n));
        }
    }
    ~MemoryFile() {
        if (fd >= 0) ::close(fd);
    }
    MemoryFile(const MemoryFile&) = delete;
    MemoryFile& operator=(const MemoryFile&) = delete;
    std::string path() const { return "/dev/fd/" + std::to_string(fd); }
};

// The pandoc program on PATH, as execvp would find it; empty when there is none.
std::string find_pandoc() {
    const char* path = std::getenv("PATH");
    std::istringstream dirs(path && *path ? path : "/usr/local/bin:/usr/bin:/bin");
    std::string dir;
    while (std::getline(dirs, dir, ':')) {
        const std::string candidate = (dir.empty() ? std::string(".") : dir) + "/pandoc";
        struct stat st {};
        if (::stat(candidate.c_str(), &st) == 0 && S_ISREG(st.st_mode) && ::access(candidate.c_str(), X_OK) == 0)
            return candidate;
    }
    return {};
}

}  // namespace

PandocResult markdown_to_docx(std::string_view markdown, std::string_view reference_docx, const std::string& output,
                              Lang lang) {
    const std::string pandoc = find_pandoc();
    if (pandoc.empty()) return {PandocResult::Status::missing, ""};
    const MemoryFile input("cchc-report.md", markdown), reference("cchc-reference.docx", reference_docx);
    if (input.fd < 0 || reference.fd < 0) return {PandocResult::Status::failed, std::strerror(errno)};
    PandocResult result;
    // Written beside the output and renamed over it, the same way as every other -o.
    const std::string why = write_output_atomically(output, [&](AtomicWriter& w) -> std::string {
        // --columns=1: every pipe table takes its relative column widths from its dashes.
        std::vector<std::string> args = {pandoc, "--from=markdown", "--to=docx", "--columns=1",
                                         "--reference-doc=" + reference.path(),
                                         "--metadata=lang:" + tr("lang-tag", lang),
                                         "--output=" + w.temp_path().string(), input.path()};
        std::vector<char*> argv;
        for (auto& a : args) argv.push_back(a.data());
        argv.push_back(nullptr);
        int err_pipe[2];
        if (::pipe2(err_pipe, O_CLOEXEC) != 0) return std::strerror(errno);
        const pid_t parent = ::getpid();
        // fork + exec rather than posix_spawn: the child asks to be killed when cchc dies
        // (PR_SET_PDEATHSIG), so a killed report never leaves pandoc running. Only
        // async-signal-safe calls between fork and exec.
        const pid_t pid = ::fork();
        if (pid < 0) {
            const int err = errno;
            ::close(err_pipe[0]), ::close(err_pipe[1]);
            return std::strerror(err);
        }
        if (pid == 0) {
            ::prctl(PR_SET_PDEATHSIG, SIGKILL);
            if (::getppid() != parent) ::_exit(127);  // cchc died before the line above
            const int null_in = ::open("/dev/null", O_RDONLY), null_out = ::open("/dev/null", O_WRONLY);
            if (null_in < 0 || null_out < 0 || ::dup2(null_in, STDIN_FILENO) < 0 || ::dup2(null_out, STDOUT_FILENO) < 0 ||
                ::dup2(err_pipe[1], STDERR_FILENO) < 0)
                ::_exit(127);
            ::execv(argv[0], argv.data());
            ::_exit(127);
        }
        ::close(err_pipe[1]);
        std::string messages;
        char buf[4096];
        for (;;) {
            const ssize_t n = ::read(err_pipe[0], buf, sizeof buf);
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) break;
            if (messages.size() < 64 * 1024) messages.append(buf, static_cast<size_t>(n));
        }
        ::close(err_pipe[0]);
        int status = 0;
        while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
        }
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
            while (!messages.empty() && (messages.back() == '\n' || messages.back() == ' ')) messages.pop_back();
            result.status = PandocResult::Status::failed;
            result.detail = messages.empty() ? "pandoc exited with status " + std::to_string(WEXITSTATUS(status)) : messages;
            return result.detail;
        }
        return std::string();
    });
    if (!why.empty() && result.status == PandocResult::Status::ok) {
        result.status = PandocResult::Status::failed;
        result.detail = output + ": " + why;
    }
    return result;
}

}  // namespace cchc
