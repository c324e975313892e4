// Converting older word-processor files with LibreOffice (docx_convert.hpp).
#include "import/docx_convert.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <vector>

#include "base/text.hpp"

extern char** environ;

namespace cchc {

bool needs_conversion(const std::string& path) {
    const std::string ext = fold(std::filesystem::path(path).extension().string());
    return ext == ".doc" || ext == ".odt" || ext == ".rtf";
}

ImportError convert_to_docx(const std::string& path, std::string& docx, std::string& dir) {
    const char* tmp = std::getenv("TMPDIR");
    std::string templ = std::string(tmp && *tmp ? tmp : "/tmp") + "/cchc-import-XXXXXX";
    if (!mkdtemp(templ.data())) return {"import-convert-failed", {path, std::strerror(errno)}};
    dir = templ;
    const std::string abs = std::filesystem::absolute(path).string();
    std::vector<std::string> args = {"soffice", "--headless", "--norestore", "--nolockcheck",
                                     "-env:UserInstallation=file://" + dir + "/profile",
                                     "--convert-to", "docx", "--outdir", dir, abs};
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    const int spawned = posix_spawnp(&pid, "soffice", &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned == ENOENT) return {"import-no-soffice", {path}};
    if (spawned != 0) return {"import-convert-failed", {path, std::strerror(spawned)}};
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    docx = dir + "/" + std::filesystem::path(path).stem().string() + ".docx";
    std::error_code ec;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || !std::filesystem::exists(docx, ec))
        return {"import-convert-failed", {path, "soffice exited with status " + std::to_string(WEXITSTATUS(status))}};
    return {};
}

}  // namespace cchc
