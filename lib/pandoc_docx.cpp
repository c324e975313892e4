#include "cchc/pandoc_docx.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <vector>

extern char** environ;

namespace cchc {

namespace {

// A temporary file that is removed when it goes out of scope (unless released).
struct TempFile {
    std::string path;
    int fd = -1;
    explicit TempFile(std::string pattern, int suffix_len) : path(std::move(pattern)) {
        fd = mkstemps(path.data(), suffix_len);
        if (fd < 0) path.clear();
    }
    ~TempFile() {
        if (fd >= 0) close(fd);
        if (!path.empty()) std::remove(path.c_str());
    }
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;
    bool write_all(std::string_view data) {
        while (!data.empty()) {
            const ssize_t n = ::write(fd, data.data(), data.size());
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) return false;
            data.remove_prefix(static_cast<size_t>(n));
        }
        return close_fd();
    }
    bool close_fd() {
        const int r = close(fd);
        fd = -1;
        return r == 0;
    }
};

std::string temp_dir() {
    const char* t = std::getenv("TMPDIR");
    return t && *t ? t : "/tmp";
}

PandocResult failed(std::string why) { return {PandocResult::Status::failed, std::move(why)}; }

}  // namespace

PandocResult markdown_to_docx(std::string_view markdown, std::string_view reference_docx, const std::string& output,
                              Lang lang) {
    TempFile input(temp_dir() + "/cchc-report-XXXXXX.md", 3);
    TempFile reference(temp_dir() + "/cchc-reference-XXXXXX.docx", 5);
    if (input.path.empty() || reference.path.empty()) return failed(std::strerror(errno));
    if (!input.write_all(markdown) || !reference.write_all(reference_docx)) return failed(std::strerror(errno));
    // Written next to the output and renamed over it: a reader never sees half a file.
    const std::filesystem::path out_path(output);
    const std::string dir = out_path.parent_path().empty() ? "." : out_path.parent_path().string();
    TempFile result(dir + "/." + out_path.filename().string() + ".tmp-XXXXXX", 0);
    if (result.path.empty()) return failed(output + ": " + std::strerror(errno));
    result.close_fd();

    // --columns=1: every pipe table takes its relative column widths from its dashes.
    std::vector<std::string> args = {"pandoc", "--from=markdown", "--to=docx", "--columns=1",
                                     "--reference-doc=" + reference.path,
                                     std::string("--metadata=lang:") + (lang == Lang::vi ? "vi-VN" : "en-US"),
                                     "--output=" + result.path, input.path};
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);

    int err_pipe[2];
    if (pipe2(err_pipe, O_CLOEXEC) != 0) return failed(std::strerror(errno));
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, err_pipe[1], STDERR_FILENO);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    const int spawned = posix_spawnp(&pid, "pandoc", &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(err_pipe[1]);
    if (spawned != 0) {
        close(err_pipe[0]);
        if (spawned == ENOENT) return {PandocResult::Status::missing, ""};
        return failed(std::strerror(spawned));
    }
    std::string messages;
    char buf[4096];
    for (;;) {
        const ssize_t n = read(err_pipe[0], buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        messages.append(buf, static_cast<size_t>(n));
    }
    close(err_pipe[0]);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        while (!messages.empty() && (messages.back() == '\n' || messages.back() == ' ')) messages.pop_back();
        return failed(messages.empty() ? "pandoc exited with status " + std::to_string(WEXITSTATUS(status)) : messages);
    }
    if (std::rename(result.path.c_str(), output.c_str()) != 0) return failed(output + ": " + std::strerror(errno));
    result.path.clear();  // renamed: nothing to remove
    return {};
}

}  // namespace cchc
